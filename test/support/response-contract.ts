import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import document from '../../libs/api-client/openapi.json';

/**
 * Every answer the API gives during the e2e suites is checked against its OpenAPI document (status,
 * content type and body), so that an undocumented status or field fails the test that provoked it.
 * The check sits in the API application itself, so answers to the typed client and to raw requests
 * are checked alike.
 */

type Operation = { responses: Record<string, { content?: Record<string, unknown> }> };
const doc = document as unknown as { paths: Record<string, Record<string, Operation>> };
// Swagger UI, the document itself and Prometheus's scrape endpoint are not API operations.
const UNCHECKED = /^\/(?:docs(?:-json|\/|$)|metrics$)/;

/** A copy of the document in which an object refuses properties it does not list: an undocumented field fails. */
function closedObjects(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closedObjects);
  if (!node || typeof node !== 'object') return node;
  const copy = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, k === 'example' || k === 'examples' ? v : closedObjects(v)]));
  if ('properties' in copy && !('additionalProperties' in copy)) copy.unevaluatedProperties = false;
  return copy;
}

const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
addFormats(ajv);
ajv.addSchema(closedObjects(document) as object, 'api');

const routes = Object.keys(doc.paths)
  .map((template) => ({ template, pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`), params: (template.match(/\{/g) ?? []).length }))
  .sort((a, b) => a.params - b.params);
const validators = new Map<string, ValidateFunction>();

export interface ContractViolation {
  request: string;
  status: number;
  problem: string;
}

const violations: ContractViolation[] = [];
let checked = 0;

/** The problem with one answer, or undefined when the document describes it. */
export function checkResponse(method: string, urlPath: string, status: number, contentType: string | undefined, body: string): string | undefined {
  // Express serves `/complaints/` as `/complaints`: the document names each path once, without the slash.
  const path = urlPath.length > 1 ? urlPath.replace(/\/+$/, '') : urlPath;
  const route = routes.find((r) => r.pattern.test(path));
  // The staff console's page and its assets are served beside the API, not described by its document.
  if (!route && status < 400 && (path === '/' || path.startsWith('/assets/'))) return undefined;
  if (!route) return status === 404 ? checkErrorBody(body) : `no documented path matches ${path}`;
  const operation = doc.paths[route.template][method.toLowerCase()];
  if (!operation) return status === 404 || status === 405 ? checkErrorBody(body) : `${method} ${route.template} is not documented`;
  const response = operation.responses[String(status)] ?? operation.responses.default;
  if (!response) return `status ${status} is not documented for ${method} ${route.template} (documented: ${Object.keys(operation.responses).join(', ')})`;
  const mediaType = (contentType ?? '').split(';')[0].trim();
  if (!body) return response.content && Object.keys(response.content).length && status !== 204 ? `empty body, but ${Object.keys(response.content).join(', ')} is documented` : undefined;
  if (!response.content) return `a body (${mediaType}) where none is documented`;
  if (!(mediaType in response.content)) return `content type ${mediaType} is not documented (documented: ${Object.keys(response.content).join(', ')})`;
  if (mediaType !== 'application/json') return undefined;
  const pointer = ['paths', route.template, method.toLowerCase(), 'responses', String(status), 'content', mediaType, 'schema'].map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
  if (!(response.content[mediaType] as { schema?: unknown }).schema) return undefined;
  return validate(`api#/${pointer}`, JSON.parse(body));
}

function checkErrorBody(body: string): string | undefined {
  return validate('api#/components/schemas/ErrorBodyDto', body ? JSON.parse(body) : undefined);
}

function validate(ref: string, value: unknown): string | undefined {
  let check = validators.get(ref);
  if (!check) {
    check = ajv.compile({ $ref: ref });
    validators.set(ref, check);
  }
  if (check(value)) return undefined;
  return (check.errors ?? [])
    .slice(0, 5)
    .map((e) => `${e.instancePath || '(body)'} ${e.message}${e.params && 'unevaluatedProperty' in e.params ? `: ${String(e.params.unevaluatedProperty)} is not documented` : ''}`)
    .join('; ');
}

/**
 * Checks each answer of `server` once it has been sent. Hooked into the HTTP server ahead of
 * Express, so that answers of the body parser (malformed JSON, 413) are checked too.
 */
export function checkAnswersOf(server: Server): void {
  server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
    const urlPath = (req.url ?? '/').split('?')[0];
    if (UNCHECKED.test(urlPath) || req.method === 'OPTIONS' || req.method === 'HEAD') return;
    const chunks: Buffer[] = [];
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    const keep = (chunk: unknown) => {
      if (typeof chunk === 'string' || chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      keep(chunk);
      return write(chunk, ...rest);
    }) as ServerResponse['write'];
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      keep(chunk);
      return end(chunk, ...rest);
    }) as ServerResponse['end'];
    res.on('finish', () => {
      checked += 1;
      const body = Buffer.concat(chunks).toString('utf8');
      let problem: string | undefined;
      try {
        problem = checkResponse(req.method ?? 'GET', urlPath, res.statusCode, res.getHeader('content-type') as string | undefined, body);
      } catch (error) {
        problem = `cannot check: ${(error as Error).message}`;
      }
      if (problem) violations.push({ request: `${req.method} ${req.url}`, status: res.statusCode, problem: `${problem}\n      body: ${body.slice(0, 400)}` });
    });
  });
}

/** The violations since the last call (the test that provoked them fails with them). */
export function takeViolations(): ContractViolation[] {
  return violations.splice(0, violations.length);
}

/** Adds this suite's count to the run's tally, printed when the run ends. */
export function recordCheckedCount(suite: string): void {
  const dir = process.env.TEST_RUN_DIR;
  if (!dir || checked === 0) return;
  mkdirSync(path.join(dir, 'response-contract'), { recursive: true });
  writeFileSync(path.join(dir, 'response-contract', `${process.pid}-${path.basename(suite)}.json`), JSON.stringify({ suite, checked }));
  checked = 0;
}
