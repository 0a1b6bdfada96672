// Logs leave the encrypted store: no customer data, no credentials. Structured fields are dropped by
// name; free text (messages, error texts, stack traces) has URLs' query strings, phone numbers and
// tokens masked, since a department's error text or a failed URL can carry them.

/** Field names whose values never reach a log, wherever they appear. */
export const PERSONAL_OR_SECRET_KEYS = new Set([
  'authorization', 'cookie', 'set-cookie', 'password', 'passwordHash', 'accessToken', 'token', 'taskToken', 'apiKey', 'key',
  'phone', 'mobile', 'contactPhone', 'name', 'customerName', 'contactPerson', 'contactName', 'address', 'birthday', 'idNumber',
  'email', 'plate', 'serialNo', 'note', 'notes', 'text', 'summary', 'description', 'reason', 'parameters', 'body', 'rawBody', 'detail',
]);

const REPLACEMENTS: Array<[RegExp, string]> = [
  // The query string of any path or URL: searches carry names and phone numbers.
  [/((?:https?:\/\/[^\s/?"']+)?\/[^\s?"']*)\?[^\s"']*/g, '$1?[redacted]'],
  // Bearer credentials, signed tokens (JWT) and API keys.
  [/\b(Bearer|Basic)\s+[\w.~+/=-]+/gi, '$1 [redacted]'],
  [/\beyJ[\w-]+\.[\w-]+\.[\w-]*/g, '[token]'],
  [/\bask_[a-z0-9]+_[\w-]+/g, '[api-key]'],
  // Mobile numbers of mainland China (with or without +86), landlines with an area code, and any
  // other run of 7 to 15 digits that is not part of a longer number or word.
  [/(?<![\w.])(?:\+?86[ -]?)?1[3-9]\d{9}(?![\w])/g, '[phone]'],
  [/(?<![\w.])0\d{2,3}-\d{7,8}(?![\w])/g, '[phone]'],
  [/(?<![\w.:-])\+?\d{7,15}(?![\w.:-])/g, '[number]'],
];

/** Free text with query strings, tokens and phone numbers masked. */
export function redactText(text: string): string {
  let out = text;
  for (const [pattern, replacement] of REPLACEMENTS) out = out.replace(pattern, replacement);
  return out;
}

/** A path without its query string, for access logs. */
export function pathOnly(url: string | undefined): string | undefined {
  return url?.split('?')[0];
}

/** A log object with personal and secret fields replaced and every string redacted; errors keep type, code, message and stack. */
export function redactLogObject(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth > 8) return '[nested]';
  if (value instanceof Error) {
    const code = (value as { code?: unknown }).code;
    return {
      type: value.name,
      message: redactText(value.message),
      ...(value.stack ? { stack: redactText(value.stack) } : {}),
      ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
      ...(value.cause !== undefined ? { cause: redactLogObject(value.cause, depth + 1) } : {}),
    };
  }
  if (Array.isArray(value)) return value.map((item) => redactLogObject(item, depth + 1));
  if (Buffer.isBuffer(value) || ArrayBuffer.isView(value)) return `[${value.byteLength} bytes]`;
  return Object.fromEntries(
    Object.entries(value).map(([key, nested]) => [key, PERSONAL_OR_SECRET_KEYS.has(key) ? '[redacted]' : redactLogObject(nested, depth + 1)]),
  );
}

/** The top-level fields of a log entry redacted, except those left to their own serializers. */
export function redactLogFields(object: Record<string, unknown>, serialized: string[] = []): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(object).map(([key, value]) => [
      key,
      serialized.includes(key) ? value : PERSONAL_OR_SECRET_KEYS.has(key) ? '[redacted]' : redactLogObject(value),
    ]),
  );
}
