// CSV (RFC 4180) for the report downloads: a header of the column names, one line per row, CRLF
// line ends, and a UTF-8 byte-order mark so that spreadsheet programs read Chinese text correctly.
export const CSV_BOM = '\uFEFF';

export type CsvValue = string | number | boolean | null | undefined;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  // A leading = + - @ would be read as a formula by spreadsheets; numbers are safe as they are.
  const guarded = typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export function toCsv(columns: readonly string[], rows: ReadonlyArray<Record<string, CsvValue>>): string {
  const lines = [columns.map(csvField).join(','), ...rows.map((row) => columns.map((c) => csvField(row[c])).join(','))];
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}
