// PostgreSQL's text and jsonb cannot hold a NUL character, and JSON cannot carry a lone UTF-16
// surrogate: a value with either fails at the database, after the workflow already acted.

const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The path of the first string PostgreSQL could not store (`reason`, `items[0].sku`), or undefined. */
export function unstorableField(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path || '(value)' : undefined;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = unstorableField(item, `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = unstorableField(item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return undefined;
}
