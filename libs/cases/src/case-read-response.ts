import type { Response } from 'express';
import type { CaseViewRead, CaseViewSource } from './case-view-reader';

/** The answer to a case read: the view with where it was read, its version as the `ETag`. */
export function caseReadResponse<T>(res: Response, read: CaseViewRead<T>): T & { readFrom: CaseViewSource } {
  res.setHeader('ETag', `"${read.version}"`);
  return { ...read.view, readFrom: read.readFrom };
}
