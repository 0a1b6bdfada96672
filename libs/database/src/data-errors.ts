// An activity that fails because of the data it was given fails the same way on every retry: a NUL
// in a text column (22021), a number beyond its column (22003), a date PostgreSQL has no place for
// (22008), a missing required value (23502). Such errors are recognised here by their SQLSTATE, so that
// activities stop retrying them and the case can show the problem instead of retrying forever.
// Everything else (lost connections 08xxx, serialisation failures 40001, deadlocks 40P01, full disks
// 53xxx, shutdowns 57xxx, pool timeouts without a code) is infrastructure, and retrying is right.

/** The SQLSTATE classes (first two characters) and codes that the data itself causes. */
const DATA_CLASSES = new Set(['22', '23']); // data exception, integrity constraint violation
const DATA_CODES = new Set(['54000', '54001']); // value too large for an index row, statement too complex

/** Readable names of the commonest data codes, for the failure message (never the value itself). */
const NAMES: Record<string, string> = {
  '22001': 'text too long for its column',
  '22003': 'number out of range for its column',
  '22007': 'invalid date or time',
  '22008': 'date or time out of range',
  '22021': 'character not allowed in text (e.g. NUL)',
  '22P02': 'value of the wrong type',
  '22P05': 'character not allowed in JSON (e.g. \\u0000)',
  '23502': 'required value missing',
  '23503': 'refers to a record that does not exist',
  '23505': 'duplicate of an existing record',
  '23514': 'value outside what the table allows',
  '54000': 'value too large to index',
};

export interface DataRejection {
  sqlState: string;
  reason: string;
  table?: string;
  column?: string;
  constraint?: string;
}

/** The SQLSTATE of a PostgreSQL error, whether raw (pg) or wrapped (TypeORM's QueryFailedError). */
export function sqlStateOf(error: unknown): string | undefined {
  if (error === null || typeof error !== 'object') return undefined;
  const own = (error as { code?: unknown }).code;
  if (typeof own === 'string' && /^[0-9A-Z]{5}$/.test(own)) return own;
  return sqlStateOf((error as { driverError?: unknown }).driverError);
}

/** What the data did wrong, when the database refused it because of the data; undefined for infrastructure errors. */
export function dataRejectionOf(error: unknown): DataRejection | undefined {
  const sqlState = sqlStateOf(error);
  if (!sqlState || !(DATA_CLASSES.has(sqlState.slice(0, 2)) || DATA_CODES.has(sqlState))) return undefined;
  const source = ((error as { driverError?: object }).driverError ?? error) as { table?: string; column?: string; constraint?: string };
  return {
    sqlState,
    reason: NAMES[sqlState] ?? (sqlState.startsWith('23') ? 'violates a rule of the table' : 'value the database cannot store'),
    ...(source.table ? { table: source.table } : {}),
    ...(source.column ? { column: source.column } : {}),
    ...(source.constraint ? { constraint: source.constraint } : {}),
  };
}
