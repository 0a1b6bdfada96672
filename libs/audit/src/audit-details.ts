// The audit log says who did what to which record; it is not a second copy of the case. Notes,
// reasons, summaries and answers are free text that names and describes customers, so only their
// presence and length are kept; the text itself stays in the encrypted workflow history.

/** Keys whose values are free text or personal data, at any depth of the details. */
const PERSONAL_TEXT_KEYS = new Set([
  'note', 'notes', 'summary', 'reason', 'comment', 'description', 'text', 'message', 'answers', 'remark', 'explanation',
  'cause', 'capa', 'dissatisfiedWith', 'suggestions', 'phone', 'address', 'contactPerson', 'birthday', 'customerName',
]);

/** Audit details with free text replaced by its length, e.g. `{ reason: '[text: 42 characters]' }`. */
export function auditSafeDetails(details: Record<string, unknown>): Record<string, unknown> {
  return scrub(details, 0) as Record<string, unknown>;
}

function scrub(value: unknown, depth: number): unknown {
  if (value === null || typeof value !== 'object' || depth > 8) return value;
  if (Array.isArray(value)) return value.map((item) => scrub(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, nested]) => [key, PERSONAL_TEXT_KEYS.has(key) ? placeholder(nested) : scrub(nested, depth + 1)]));
}

function placeholder(value: unknown): unknown {
  if (value === null || value === undefined || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') return `[text: ${Array.from(value).length} characters]`;
  return '[text withheld]';
}
