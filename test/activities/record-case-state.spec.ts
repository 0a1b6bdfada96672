import { DataSource } from 'typeorm';
import { loadConfig } from '@libs/config';
import { CaseRecordEntity, dataSourceOptions } from '@libs/database';
import { CaseStateRecord, createCaseReadModelActivities } from '../../activities/cases/record-case-state.activity';
import { givenCustomer } from '../support/builders';
import { createSuiteDatabase } from '../support/infrastructure';

// Integration tier: the read-model activity against real PostgreSQL.
describe('recordCaseState activity', () => {
  let db: DataSource;
  let drop: () => Promise<void>;
  let record: (r: CaseStateRecord) => Promise<boolean>;
  let customerId: string;

  beforeAll(async () => {
    const database = await createSuiteDatabase();
    drop = database.drop;
    db = await new DataSource({ ...dataSourceOptions(loadConfig({ ...process.env, DATABASE_URL: database.url })), logging: ['error'] }).initialize();
    record = createCaseReadModelActivities(db).recordCaseState;
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
});
