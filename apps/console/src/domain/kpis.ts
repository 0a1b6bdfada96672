// How the dashboard shows a report figure; the e2e test reads the same function, so the screen and
// GET /reports/kpis are compared figure by figure.
export interface KpiRow {
  kpi: string;
  rule: string;
  label: string;
  unit: string;
  value: number | null;
  target: number | null;
  direction: string;
  met: boolean | null;
  numerator: number | null;
  denominator: number | null;
}

/** K-1..K-6 (and C-5, the 3-day quality close that K-1 reads with). */
export const DASHBOARD_RULES = ['K-1', 'C-5', 'K-2', 'K-3', 'K-4', 'K-5', 'K-6'];

export function formatFigure(value: number | null, unit: string): string {
  if (value === null || value === undefined) return '—';
  if (unit === 'share') return `${(value * 100).toFixed(1)}%`;
  if (unit === 'hours') return `${value.toFixed(1)} h`;
  return String(value);
}
