import { DataSource } from 'typeorm';
import { DEMO_CUSTOMERS, DEMO_STAFF } from './demo-data';

const MARKER = 'demo-data-v1';

/**
 * Loads the demo data set once per database. The marker row makes a second run a no-op even
 * when someone has since edited or removed demo rows.
 */
export async function loadDemoDataOnce(dataSource: DataSource): Promise<'loaded' | 'already-loaded'> {
  return dataSource.transaction(async (tx) => {
    const marked = await tx.query(`INSERT INTO platform_markers (key) VALUES ($1) ON CONFLICT DO NOTHING RETURNING key`, [MARKER]);
    if (marked.length === 0) return 'already-loaded';
    for (const s of DEMO_STAFF) {
      await tx.query(
        `INSERT INTO staff_members (code, name, role, skills, serves_vip, capacity) VALUES ($1,$2,$3,$4,$5,$6) ON CONFLICT (code) DO NOTHING`,
        [s.code, s.name, s.role, s.skills, s.servesVip, s.capacity],
      );
    }
    for (const c of DEMO_CUSTOMERS) {
      await tx.query(
        `INSERT INTO customers (customer_no, name, organisation, phone, region, tier, birthday) VALUES ($1,$2,$3,$4,$5,$6,$7) ON CONFLICT (customer_no) DO NOTHING`,
        [c.customerNo, c.name, c.organisation, c.phone, c.region, c.tier, c.birthday],
      );
    }
    return 'loaded';
  });
}
