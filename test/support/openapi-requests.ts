// Requests built from the API's own OpenAPI document (/docs-json): every operation, and for each the
// fields a client can send (body properties, nested ones included, query and path parameters). The
// property test and the hostile-input drill put hostile values into these slots.

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}
interface Operation {
  parameters?: Array<{ name: string; in: 'query' | 'path' | 'header'; schema?: Schema; required?: boolean }>;
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}
export interface Schema {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  example?: unknown;
  default?: unknown;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  oneOf?: Schema[];
  nullable?: boolean;
  minimum?: number;
  format?: string;
}

/** Where a hostile value goes: a body field (`a.b.0.c`), a query parameter or a path parameter. */
export type Slot = { in: 'body'; path: string[] } | { in: 'query' | 'path'; name: string };

export interface Endpoint {
  method: string;
  path: string;
  pathParams: string[];
  queryParams: string[];
  /** A body that fills every field from the document's examples (valid where the examples are). */
  baseline?: unknown;
  slots: Slot[];
}

function resolve(schema: Schema | undefined, doc: OpenApiDocument): Schema {
  if (!schema) return {};
  if (schema.$ref) return resolve(doc.components?.schemas?.[schema.$ref.split('/').pop()!], doc);
  if (schema.allOf?.length) return schema.allOf.reduce<Schema>((all, part) => ({ ...all, ...resolve(part, doc), properties: { ...all.properties, ...resolve(part, doc).properties } }), {});
  return schema;
}

/** A value from the schema's example, default or first enum member, else a placeholder of its type. */
export function sampleOf(schemaRef: Schema | undefined, doc: OpenApiDocument, depth = 0): unknown {
  const schema = resolve(schemaRef, doc);
  if (schema.example !== undefined && schema.type !== 'object') return schema.example;
  if (schema.default !== undefined) return schema.default;
  if (schema.enum?.length) return schema.enum[0];
  if (schema.properties && depth < 6) {
    return Object.fromEntries(Object.entries(schema.properties).map(([key, value]) => [key, sampleOf(value, doc, depth + 1)]));
  }
  if (schema.example !== undefined) return schema.example;
  switch (schema.type) {
    case 'array':
      return depth < 6 ? [sampleOf(schema.items, doc, depth + 1)] : [];
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    case 'object':
      return {};
    default:
      return schema.format === 'date-time' ? '2026-11-24T09:00:00+08:00' : 'x';
  }
}

function bodySlots(schemaRef: Schema | undefined, doc: OpenApiDocument, prefix: string[] = [], depth = 0): Slot[] {
  const schema = resolve(schemaRef, doc);
  const slots: Slot[] = [{ in: 'body', path: prefix }];
  if (depth > 4) return slots;
  for (const [key, value] of Object.entries(schema.properties ?? {})) slots.push(...bodySlots(value, doc, [...prefix, key], depth + 1));
  const items = schema.type === 'array' ? resolve(schema.items, doc) : undefined;
  if (items?.properties) slots.push(...bodySlots(items, doc, [...prefix, '0'], depth + 1));
  return slots;
}

/** Every operation of the document with its slots. */
export function endpointsOf(doc: OpenApiDocument): Endpoint[] {
  const endpoints: Endpoint[] = [];
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(operations)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const params = op.parameters ?? [];
      const pathParams = params.filter((p) => p.in === 'path').map((p) => p.name);
      const queryParams = params.filter((p) => p.in === 'query').map((p) => p.name);
      const bodySchema = op.requestBody?.content?.['application/json']?.schema;
      endpoints.push({
        method: method.toUpperCase(),
        path,
        pathParams,
        queryParams,
        baseline: bodySchema ? sampleOf(bodySchema, doc) : undefined,
        slots: [
          ...(bodySchema ? bodySlots(bodySchema, doc) : []),
          ...queryParams.map((name) => ({ in: 'query' as const, name })),
          ...pathParams.map((name) => ({ in: 'path' as const, name })),
        ],
      });
    }
  }
  return endpoints;
}

/** `value` placed at `path` of a copy of `body` (the root itself for an empty path). */
export function withValueAt(body: unknown, path: string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy: Record<string, unknown> = Array.isArray(body) ? ([...body] as unknown as Record<string, unknown>) : { ...((body as object) ?? {}) };
  const [head, ...rest] = path;
  copy[head] = withValueAt(copy[head], rest, value);
  return copy;
}

export interface BuiltRequest {
  method: string;
  url: string;
  /** Raw JSON text (hostile values include ones JSON.stringify would change, such as lone surrogates). */
  body?: string;
}

/** Percent-encoding that also writes lone surrogates (as their three WTF-8 bytes), as a hostile client would. */
export function percentEncode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return Array.from(text, (char) => {
      const unit = char.charCodeAt(0);
      if (char.length === 1 && unit >= 0xd800 && unit <= 0xdfff) return [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
      return encodeURIComponent(char);
    }).join('');
  }
}

/** The request of `endpoint` with `value` in `slot`; other path parameters from `known`. */
export function buildRequest(endpoint: Endpoint, slot: Slot, value: unknown, known: Record<string, string>): BuiltRequest {
  const text = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v) ?? 'null');
  let url = endpoint.path;
  for (const name of endpoint.pathParams) {
    const given = slot.in === 'path' && slot.name === name ? text(value) : known[name] ?? 'x';
    url = url.replace(`{${name}}`, percentEncode(given));
  }
  if (slot.in === 'query') url += `?${slot.name}=${percentEncode(text(value))}`;
  const body = slot.in === 'body' ? withValueAt(endpoint.baseline, slot.path, value) : endpoint.baseline;
  return { method: endpoint.method, url, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) };
}
