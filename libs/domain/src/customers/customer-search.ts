// files are found by date, name, phone, serial/VIN, plate or organisation. Each key becomes a
// pattern the database can answer from an index: trigrams need three characters, so shorter text
// matches from the start; long phone numbers match from the start, short ones as the last digits
// (through an index on the last four).
import { DomainError, DomainErrorCode } from '../errors/domain-error';

export interface TextMatch {
  mode: 'contains' | 'starts_with';
  /** A LIKE pattern with the user's text escaped. */
  pattern: string;
}

export interface PhoneMatch {
  mode: 'starts_with' | 'ends_with';
  pattern: string;
  /** For `ends_with`: the last four digits, looked up in their own index. */
  tail?: string;
}

/** Escapes LIKE wildcards so that `%` or `_` typed by a user match themselves. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function trimmed(value: string, field: string, max: number): string {
  const text = value.trim().replace(/\s+/g, ' ');
  if (text.length === 0) throw new DomainError(DomainErrorCode.Validation, `${field} must not be empty`, field);
  if (text.length > max) throw new DomainError(DomainErrorCode.Validation, `${field} must be at most ${max} characters`, field);
  return text;
}

/** Name or organisation: any part of it from three characters on, otherwise its beginning (case-insensitive). */
export function textMatch(value: string, field: string): TextMatch {
  const text = trimmed(value, field, 100).toLowerCase();
  return [...text].length >= 3 ? { mode: 'contains', pattern: `%${escapeLike(text)}%` } : { mode: 'starts_with', pattern: `${escapeLike(text)}%` };
}

/** How phone numbers are stored: spaces, dashes, brackets and a +86 prefix dropped (A-3 searches digits). */
export function normalisePhone(value: string): string {
  return value.replace(/[\s()-]/g, '').replace(/^\+86/, '');
}

/** Phone: digits only (spaces, dashes and a +86 prefix are dropped); 7 or more from the start, 4 to 6 as the last digits. */
export function phoneMatch(value: string, field = 'phone'): PhoneMatch {
  const digits = normalisePhone(value);
  if (!/^\d{4,20}$/.test(digits)) throw new DomainError(DomainErrorCode.Validation, `${field} must be 4 to 20 digits`, field);
  return digits.length >= 7 ? { mode: 'starts_with', pattern: `${digits}%` } : { mode: 'ends_with', pattern: `%${digits}`, tail: digits.slice(-4) };
}

/** Serial number/VIN or plate: upper-case, spaces removed, matched whole or from the start. */
export function codeMatch(value: string, field: string): TextMatch {
  const code = value.replace(/[\s·-]/g, '').toUpperCase();
  if (code.length < 2 || code.length > 40) throw new DomainError(DomainErrorCode.Validation, `${field} must be 2 to 40 characters`, field);
  return { mode: 'starts_with', pattern: `${escapeLike(code)}%` };
}

/** How serial numbers and plates are stored, so that the search above finds them. */
export function normaliseCode(value: string): string {
  return value.replace(/[\s·-]/g, '').toUpperCase();
}
