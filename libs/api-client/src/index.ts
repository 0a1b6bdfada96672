import createClient, { type Client, type ClientOptions, type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

export type { components, paths, operations } from './schema';
export type Schemas = components['schemas'];
export type ErrorBody = Schemas['ErrorBodyDto'];
export type ApiClient = Client<paths>;

export interface ApiClientOptions extends Omit<ClientOptions, 'baseUrl' | 'headers'> {
  /** The API's address, e.g. `http://localhost:3000`. */
  baseUrl: string;
  /** An access token from POST /auth/login or an API key; sent as `Authorization: Bearer …`. */
  token?: string;
  headers?: Record<string, string>;
  /** Seen by every request and response (logging, checks). */
  middleware?: Middleware[];
}

/**
 * The typed client of the platform's API, generated from its OpenAPI document
 * (`npm run api-client:generate`): paths, parameters, bodies and every documented answer are typed.
 */
export function createApiClient({ token, middleware = [], headers = {}, ...options }: ApiClientOptions): ApiClient {
  const client = createClient<paths>({ ...options, headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers } });
  for (const m of middleware) client.use(m);
  return client;
}
