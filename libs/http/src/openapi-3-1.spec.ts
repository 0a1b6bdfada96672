import type { OpenAPIObject } from '@nestjs/swagger';
import { toOpenApi31 } from './openapi-3-1';

const doc = (schemas: Record<string, unknown>) => ({ openapi: '3.0.0', info: { title: 't', version: '1' }, paths: {}, components: { schemas } }) as unknown as OpenAPIObject;

describe('OpenAPI 3.1 nullability', () => {
  it('turns nullable scalars into type arrays, with null among enum values', () => {
    const out = toOpenApi31(doc({ A: { type: 'object', properties: { p: { type: 'string', nullable: true }, e: { type: 'string', enum: ['a'], nullable: true }, n: { type: 'string', nullable: false } } } }));
    expect(out.openapi).toBe('3.1.0');
    expect(out.components!.schemas!.A).toEqual({ type: 'object', properties: { p: { type: ['string', 'null'] }, e: { type: ['string', 'null'], enum: ['a', null] }, n: { type: 'string' } } });
  });

  it('turns a nullable reference into oneOf with null, keeping its description', () => {
    const out = toOpenApi31(doc({ A: { properties: { r: { type: 'object', allOf: [{ $ref: '#/components/schemas/B' }], nullable: true, description: 'd' } } } }));
    expect((out.components!.schemas!.A as { properties: object }).properties).toEqual({ r: { oneOf: [{ $ref: '#/components/schemas/B' }, { type: 'null' }], description: 'd' } });
  });
});
