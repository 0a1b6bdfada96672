import { DataSource } from 'typeorm';
import { loadConfig } from '@libs/config';
import { dataSourceOptions } from '@libs/database';
import { generateVolume } from '@libs/reports/volume/generate-volume';
import { explainSearch, searchPlanCases, SearchPlanCase } from '@libs/reports/volume/search-plans';
import { createSuiteDatabase } from '../support/infrastructure';

// A-3 at volume: with 100,000 customer files, every search key is answered from its index
// (EXPLAIN ANALYZE of exactly the SQL the API runs), never by reading the tables whole.
describe('customer search plans at 100,000 files', () => {
  let db: DataSource;
  let drop: () => Promise<void>;
  let cases: SearchPlanCase[];

  beforeAll(async () => {
    const database = await createSuiteDatabase();
    drop = database.drop;
    db = await new DataSource({ ...dataSourceOptions(loadConfig({ ...process.env, DATABASE_URL: database.url })), logging: ['error'] }).initialize();
    await generateVolume(db, { customers: 100_000, cases: 0, fileEvents: 0, followUpAttempts: 0, years: 3, batch: 50_000 });
    cases = await searchPlanCases(db);
  }, 180_000);
  afterAll(async () => {
    await db?.destroy();
    await drop?.();
  });

  it('A-3: has 100,000 files to search', async () => {
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM customers`);
    expect(n).toBe(100_000);
    expect(cases.map((c) => c.key)).toEqual([
      'name, any part', 'name, its beginning', 'organisation', 'phone, whole', 'phone, last 4 digits',
      'serial/VIN, whole', 'serial/VIN, beginning', 'plate', 'date range (one day)',
    ]);
  });

  it.each([0, 1, 2, 3, 4, 5, 6, 7, 8])('A-3: search %#: uses its index and finds the file quickly', async (i) => {
    const c = cases[i];
    const plan = await explainSearch(db, c.query);
    const accepted = c.or ? [c.index, c.or] : [c.index];
    const readsAccepted = accepted.some((index) => plan.indexes.includes(index));
    expect({ key: c.key, query: c.query, indexes: readsAccepted ? accepted : plan.indexes, seqScans: plan.seqScans }).toEqual({ key: c.key, query: c.query, indexes: accepted, seqScans: [] });
    expect(plan.rows).toBeGreaterThan(0);
    // Generous bound for a shared, busy machine; typical times are below 2 ms.
    expect(plan.executionMs).toBeLessThan(250);
  });
});
