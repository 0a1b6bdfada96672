// The console's one way to the API: openapi-fetch typed by the OpenAPI document the server serves.
// To use the shared generated client instead, change the `paths` import below to `libs/api-client`.
import createClient, { type Middleware } from 'openapi-fetch';
// The typed client's types come from the API document (libs/api-client), like every other client's.
import type { paths } from '../../../../libs/api-client/src/schema';

const TOKEN_KEY = 'console.token';

export const session = {
  token: () => sessionStorage.getItem(TOKEN_KEY),
  set: (token: string) => sessionStorage.setItem(TOKEN_KEY, token),
  clear: () => sessionStorage.removeItem(TOKEN_KEY),
};

/** Fired when the server ends the session (401): the app returns to sign-in. */
export const SESSION_ENDED = 'console:session-ended';

const auth: Middleware = {
  onRequest({ request }) {
    const token = session.token();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ request, response }) {
    if (response.status === 401 && !request.url.endsWith('/auth/login')) {
      session.clear();
      window.dispatchEvent(new Event(SESSION_ENDED));
    }
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: window.location.origin });
api.use(auth);

/** The server's error body: `{ statusCode, code, message, field?, requestId }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

interface Outcome<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The body of a successful call, or an ApiError with the server's own message and field. */
export async function unwrap<T>(call: Promise<Outcome<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (response.ok) return data as T;
  const body = (error ?? {}) as { message?: string | string[]; field?: string; code?: string };
  const message = Array.isArray(body.message) ? body.message.join('; ') : (body.message ?? response.statusText);
  throw new ApiError(response.status, message, body.field, body.code);
}

/** Downloads a CSV report with the bearer token (a plain link would carry no credentials). */
export async function downloadCsv(path: string, query: Record<string, string>, filename: string): Promise<void> {
  const url = new URL(path, window.location.origin);
  for (const [key, value] of Object.entries(query)) if (value) url.searchParams.set(key, value);
  url.searchParams.set('format', 'csv');
  const response = await fetch(url, { headers: { Authorization: `Bearer ${session.token()}`, Accept: 'text/csv' } });
  if (!response.ok) throw new ApiError(response.status, response.statusText);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = filename;
  link.click();
  URL.revokeObjectURL(link.href);
}
