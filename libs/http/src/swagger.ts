import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { PATH_PARAMETER_FORMATS } from './api-formats';
import { ErrorBodyDto } from './error-body';
import { toOpenApi31 } from './openapi-3-1';

type Operation = NonNullable<OpenAPIObject['paths'][string]['get']>;
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head'] as const;
const ERROR_BODY = { $ref: '#/components/schemas/ErrorBodyDto' };

// What every operation can answer besides what its own decorators say, and why.
const COMMON_ERRORS: Array<{ status: string; description: string; applies: (op: Operation, path: string) => boolean }> = [
  { status: '400', description: 'A parameter or body field is invalid; `field`/`fields` name it', applies: (op) => Boolean(op.requestBody || op.parameters?.length) },
  { status: '401', description: 'Missing, malformed, expired or revoked credentials', applies: (op) => Boolean(op.security?.length) },
  { status: '403', description: 'The role may not do this, or the case belongs to another agent', applies: (op) => Boolean(op.security?.length) },
  { status: '404', description: 'Nothing with this identifier', applies: (_op, path) => path.includes('{') },
  { status: '413', description: 'The request body is larger than 256 KB', applies: (op) => Boolean(op.requestBody) },
  { status: '503', description: 'A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later', applies: () => true },
];

/**
 * Completes what decorators leave implicit, the same way for every operation: each error response
 * gets the one error body, and the statuses every route can give (validation, credentials, size,
 * unknown id, unavailable dependency) are listed.
 */
export function finishDocument(document: OpenAPIObject, tagDescriptions: Record<string, string>, operationDescriptions: Record<string, string> = {}): OpenAPIObject {
  const tags = new Set<string>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      op.tags?.forEach((t) => tags.add(t));
      if (!op.description && op.operationId && operationDescriptions[op.operationId]) op.description = operationDescriptions[op.operationId];
      for (const parameter of op.parameters ?? []) {
        if ('$ref' in parameter || parameter.in !== 'path') continue;
        const format = PATH_PARAMETER_FORMATS.find((f) => f.name === parameter.name && (!f.under || path.startsWith(f.under)));
        if (format) parameter.schema = { ...format.schema };
      }
      for (const parameter of op.parameters ?? []) {
        // Swagger UI fills "Try it out" with examples: an optional filter stays empty unless the user fills it.
        if (!('$ref' in parameter) && parameter.in === 'query' && !parameter.required && parameter.schema && 'example' in parameter.schema) {
          delete parameter.schema.example;
        }
      }
      for (const common of COMMON_ERRORS) {
        if (!op.responses[common.status] && common.applies(op, path)) op.responses[common.status] = { description: common.description };
      }
      for (const [status, response] of Object.entries(op.responses)) {
        // An error answer is the error body, unless the operation documents a body of its own (readiness).
        if (response && Number(status) >= 400 && !('$ref' in response) && !response.content) response.content = { 'application/json': { schema: ERROR_BODY } };
      }
    }
  }
  document.tags = [...tags].sort().map((name) => ({ name, description: tagDescriptions[name] ?? name }));
  return toOpenApi31(document);
}

export interface ApiDescription {
  title: string;
  description: string;
  tags: Record<string, string>;
  /** By operation id, for operations whose decorators give none. */
  operations?: Record<string, string>;
}

/** The OpenAPI document of an application: the one served at `/docs-json` and the one the client is generated from. */
export function createApiDocument(app: INestApplication, description: ApiDescription): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle(description.title)
    .setDescription(description.description)
    .setVersion('1')
    .addServer('/', 'this server')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'A signed access token from POST /auth/login, or an API key `ask_<id>_<secret>`' })
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    extraModels: [ErrorBodyDto],
    operationIdFactory: (controllerKey, methodKey) => `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
  });
  return finishDocument(document, description.tags, description.operations);
}

/** Swagger UI at `/docs`, the OpenAPI document at `/docs-json`. */
export function setUpSwagger(app: INestApplication, description: ApiDescription): OpenAPIObject {
  const document = createApiDocument(app, description);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json', swaggerOptions: { persistAuthorization: false } });
  return document;
}
