import { DataSource } from 'typeorm';
import { loadConfig } from '@libs/config';
import { CaseRecordEntity, dataSourceOptions } from '@libs/database';
import { caseViewSeal } from '@libs/read-model/case-view-seal';
import { createDataConverter } from '@libs/temporal/codec/data-converter';
import { CaseStateRecord, createCaseReadModelActivities } from '../../activities/cases/record-case-state.activity';
import { givenCustomer } from '../support/builders';
import { createSuiteDatabase } from '../support/infrastructure';

// Integration tier: the read-model activity against real PostgreSQL.
describe('recordCaseState activity', () => {
  let db: DataSource;
  let drop: () => Promise<void>;
  let record: (r: CaseStateRecord) => Promise<boolean>;
  let customerId: string;
  const dataConverter = createDataConverter(loadConfig(process.env));

  beforeAll(async () => {
    const database = await createSuiteDatabase();
    drop = database.drop;
    db = await new DataSource({ ...dataSourceOptions(loadConfig({ ...process.env, DATABASE_URL: database.url })), logging: ['error'] }).initialize();
    record = createCaseReadModelActivities(db, dataConverter).recordCaseState;
    customerId = (await givenCustomer(db)).id;
  });
  afterAll(async () => {
    await db?.destroy();
    await drop?.();
  });

  const state = (stateVersion: number, status: string): CaseStateRecord => ({
    caseNo: 'CP-20261124-0042',
    kind: 'complaint',
    workflowId: 'complaint-CP-20261124-0042',
    status,
    customerId,
    category: 'quality',
    severity: 'high',
    assignedAgentCode: 'AG-001',
    escalationLevel: 0,
    summary: 'quality/high via phone',
    stateVersion,
  });

  it('creates the row, applies newer versions and ignores older or repeated ones', async () => {
    expect(await record(state(1, 'registered'))).toBe(true);
    expect(await record(state(3, 'contacted'))).toBe(true);
    // A retried or delayed execution of an earlier step must not move the case backwards.
    expect(await record(state(2, 'assigned'))).toBe(false);
    expect(await record(state(3, 'contacted'))).toBe(false);

    const row = await db.getRepository(CaseRecordEntity).findOneByOrFail({ caseNo: 'CP-20261124-0042' });
    expect(row).toMatchObject({ status: 'contacted', stateVersion: 3 });
  });
  it('K-1/C-11: keeps the report fields a later write leaves out, and looks up the product model by serial/VIN', async () => {
    await db.query(`INSERT INTO customer_products (customer_id, model, serial_no) VALUES ($1, 'EB-200', 'LSVAB123')`, [customerId]);
    const base = { ...state(1, 'assigned'), caseNo: 'CP-20261124-0043', workflowId: 'complaint-CP-20261124-0043' };
    expect(await record({ ...base, productRef: 'lsvab123' })).toBe(true);
    expect(await record({ ...base, stateVersion: 2, status: 'contacted', firstContactedAt: '2026-11-24T02:00:00.000Z' })).toBe(true);
    expect(await record({ ...base, stateVersion: 3, status: 'resolved', resolvedAt: '2026-11-25T02:00:00.000Z', department: 'quality', cause: 'motor' })).toBe(true);
    expect(await record({ ...base, stateVersion: 4, status: 'closed', closedAt: '2026-11-26T02:00:00.000Z', satisfactionScore: 4 })).toBe(true);

    expect(await db.getRepository(CaseRecordEntity).findOneByOrFail({ caseNo: 'CP-20261124-0043' })).toMatchObject({
      status: 'closed',
      productRef: 'lsvab123',
      productModel: 'EB-200',
      firstContactedAt: new Date('2026-11-24T02:00:00.000Z'),
      resolvedAt: new Date('2026-11-25T02:00:00.000Z'),
      closedAt: new Date('2026-11-26T02:00:00.000Z'),
      satisfactionScore: 4,
      cause: 'motor',
      department: 'quality',
    });
  });

  it('stores the case view sealed at its version, and a write without a view clears the older one', async () => {
    const base = { ...state(1, 'assigned'), caseNo: 'CP-20261124-0044', workflowId: 'complaint-CP-20261124-0044' };
    const view = { caseNo: base.caseNo, stateVersion: 1, timeline: [{ event: 'contact', note: '张先生 13800138000 说电机异响' }] };
    expect(await record({ ...base, view })).toBe(true);
    const viewOf = async () => (await db.query(`SELECT case_view FROM case_records WHERE case_no = $1`, [base.caseNo]))[0].case_view as Buffer | null;
    const sealed = (await viewOf())!;
    // Personal data is never readable in the database: the stored bytes are an encrypted payload.
    expect(sealed.toString('utf8')).not.toContain('13800138000');
    expect(sealed.toString('latin1')).toContain('binary/encrypted');
    expect(await caseViewSeal(dataConverter).open(sealed)).toEqual(view);

    expect(await record({ ...base, stateVersion: 2, status: 'contacted' })).toBe(true);
    expect(await viewOf()).toBeNull();
  });
});
