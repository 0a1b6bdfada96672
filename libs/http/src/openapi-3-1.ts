import type { OpenAPIObject } from '@nestjs/swagger';

type Schema = Record<string, unknown>;

/**
 * The document as OpenAPI 3.1, where a nullable value is said in JSON Schema: `type: [T, 'null']`
 * (with `null` among an enum's values), or `oneOf: [<schema>, {type: 'null'}]` for a reference.
 * 3.0's `nullable` is ignored next to `$ref`/`allOf`, so validators and generators read a nullable
 * object as never null.
 */
export function toOpenApi31(document: OpenAPIObject): OpenAPIObject {
  document.openapi = '3.1.0';
  rewrite(document);
  return document;
}

function rewrite(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(rewrite);
  if (!node || typeof node !== 'object') return;
  const schema = node as Schema;
  for (const value of Object.values(schema)) rewrite(value);
  if (!('nullable' in schema)) return;
  const nullable = schema.nullable === true;
  delete schema.nullable;
  if (!nullable) return;
  const isReference = Boolean(schema.allOf || schema.$ref || schema.oneOf);
  if (typeof schema.type === 'string' && !isReference) {
    schema.type = [schema.type, 'null'];
    if (Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum = [...schema.enum, null];
    return;
  }
  // A reference's `type: object` belongs to the referenced schema, not next to `null`.
  delete schema.type;
  const { description, example, default: fallback, ...rest } = schema;
  for (const key of Object.keys(schema)) delete schema[key];
  const inner = Array.isArray(rest.allOf) && rest.allOf.length === 1 && Object.keys(rest).length === 1 ? (rest.allOf[0] as Schema) : rest;
  Object.assign(schema, {
    oneOf: [inner, { type: 'null' }],
    ...(description !== undefined ? { description } : {}),
    ...(example !== undefined ? { example } : {}),
    ...(fallback !== undefined ? { default: fallback } : {}),
  });
}
