import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ANSWER_OUTCOMES, DepartmentAnswer } from './protocol';

const answerSchema = z
  .object({
    requestId: z.string().min(1).max(300),
    outcome: z.enum(ANSWER_OUTCOMES),
    result: z.unknown().optional(),
    error: z.object({ code: z.string().min(1).max(100), message: z.string().min(1).max(2000) }).strict().optional(),
  })
  .strict()
  .refine((a) => a.outcome !== 'failed' || !!a.error, { message: 'a failed answer needs error { code, message }', path: ['error'] });

/** The answer in a raw body, or the first problem with it. */
export function parseAnswer(rawBody: Buffer | string): { answer: DepartmentAnswer } | { problem: string } {
  let json: unknown;
  try {
    json = JSON.parse(rawBody.toString());
  } catch {
    return { problem: 'body is not valid JSON' };
  }
  const parsed = answerSchema.safeParse(json);
  if (parsed.success) return { answer: parsed.data as DepartmentAnswer };
  const issue = parsed.error.issues[0];
  return { problem: `${issue.path.join('.') || 'body'}: ${issue.message}` };
}

/** Same hash for the same answer whatever its key order or whitespace: a repeat is recognised as such. */
export function answerHash(answer: DepartmentAnswer): string {
  return createHash('sha256').update(canonicalJson(answer)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Callback tokens are stored as this hash only. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
