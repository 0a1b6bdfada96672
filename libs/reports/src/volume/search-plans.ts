import { DataSource } from 'typeorm';
import { searchQuery, SearchCustomersQuery } from '@libs/customers';
import { explain, PlanSummary } from './explain';

export interface SearchPlanCase {
  key: string;
  query: Partial<SearchCustomersQuery>;
  /** The index the search must read (A-3: every key answered from an index). */
  index: string;
  /** An index the planner may rightly prefer for some values of the key. */
  or?: string;
}

/** One search key, with values taken from an existing customer so that each finds something. */
export async function searchPlanCases(db: DataSource): Promise<SearchPlanCase[]> {
  const [c] = await db.query(
    `SELECT c.name, c.organisation, c.phone, c.created_at, p.serial_no, p.plate
       FROM customers c JOIN customer_products p ON p.customer_id = c.id
      WHERE c.organisation IS NOT NULL AND p.plate IS NOT NULL AND char_length(c.name) >= 3 AND c.phone IS NOT NULL
      ORDER BY c.customer_no LIMIT 1 OFFSET 100`,
  );
  const day = new Date(c.created_at);
  const from = new Date(day.getTime() - 12 * 3600_000).toISOString();
  const to = new Date(day.getTime() + 12 * 3600_000).toISOString();
  return [
    { key: 'name, any part', query: { name: c.name }, index: 'customers_name_trgm_idx' },
    // A two-character beginning is often a common surname and given-name start: for those the planner
    // rightly walks the newest-first index and stops at the page's last match instead of sorting them all.
    { key: 'name, its beginning', query: { name: [...c.name].slice(0, 2).join('') }, index: 'customers_name_prefix_idx', or: 'customers_created_at_idx' },
    { key: 'organisation', query: { organisation: c.organisation }, index: 'customers_organisation_trgm_idx' },
    { key: 'phone, whole', query: { phone: c.phone }, index: 'customers_phone_idx' },
    { key: 'phone, last 4 digits', query: { phone: c.phone.slice(-4) }, index: 'customers_phone_tail_idx' },
    { key: 'serial/VIN, whole', query: { serialNo: c.serial_no }, index: 'customer_products_serial_idx' },
    { key: 'serial/VIN, beginning', query: { serialNo: c.serial_no.slice(0, 10) }, index: 'customer_products_serial_idx' },
    { key: 'plate', query: { plate: c.plate }, index: 'customer_products_plate_idx' },
    { key: 'date range (one day)', query: { from, to }, index: 'customers_created_at_idx' },
  ];
}

export async function explainSearch(db: DataSource, query: Partial<SearchCustomersQuery>): Promise<PlanSummary> {
  const [text, values] = searchQuery(db.manager, { limit: 50, offset: 0, ...query } as SearchCustomersQuery).getQueryAndParameters();
  return explain(db, text, values);
}
