import { chinaHolidayDataCovers } from './china-working-days';

/**
 * The State Council publishes each year's holidays late in the year before; the package that carries
 * them must be upgraded by then. Outside the covered years the calendar counts Monday to Friday, so
 * the operator is told which years that applies to before a deadline falls into one of them.
 */
export function holidayDataWarning(now: Date): string | null {
  const year = now.getUTCFullYear();
  const missing = [year, year + 1].filter((y) => !chinaHolidayDataCovers(y));
  if (missing.length === 0) return null;
  return (
    `China's statutory holidays and adjusted working days are not known for ${missing.join(' and ')}: ` +
    'working-hours deadlines in those years count Monday to Friday only. Upgrade the chinese-days package.'
  );
}
