import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import { CaseRecordEntity } from '@libs/database';
import { rebuildReadModel } from '@libs/read-model/rebuild-read-model';
import { createDataConverter } from '@libs/temporal/codec/data-converter';
import { givenCustomer } from '../support/builders';
import { FAST_RETURN_TERMS } from '../support/returns';
import { fastStep, fastTerms } from '../workflows/follow-up-fixtures';
import { eventually } from '../support/eventually';
import { bearerFor } from '../support/sign-in';
import { startTestStack, TestStack } from '../support/test-stack';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../..');

// The read model is a copy: the rebuild re-reads the open workflows from Temporal and repairs
// rows that are missing, behind or drifted, without ever moving a row backwards.
describe('read-model rebuild (e2e)', () => {
  let stack: TestStack;
  let http: ReturnType<typeof request>;
  let agent: { header: string; code: string };
  let customerNo: string;
  const cases = () => stack.db.getRepository(CaseRecordEntity);

  beforeAll(async () => {
    stack = await startTestStack({ api: true });
    http = request(stack.api!.getHttpServer());
    const a = await bearerFor(stack.api!, stack.db, 'agent');
    agent = { header: a.header, code: a.member.code };
    customerNo = (await givenCustomer(stack.db)).customerNo;
  });
  afterAll(() => stack?.stop());

  async function complaint(productRef?: string, description = 'motor noise'): Promise<string> {
    const res = await http.post('/complaints').set('Authorization', agent.header).send({ customerNo, channel: 'phone', category: 'quality', severity: 'normal', description, productRef }).expect(201);
    await eventually(() => cases().findOneBy({ caseNo: res.body.caseNo }), (row) => row?.status === 'assigned');
    return res.body.caseNo;
  }

  it('recreates a missing row, catches up a stale one and corrects a drifted one, with the report fields from the timeline', async () => {
    const [missing, stale, drifted, intact] = [await complaint('SN-EB200-1'), await complaint(), await complaint(), await complaint()];
    await http.post(`/complaints/${stale}/contact`).set('Authorization', agent.header).send({ summary: 'called back' }).expect(200);
    const contacted = await eventually(() => cases().findOneByOrFail({ caseNo: stale }), (row) => row.status === 'contacted');
    const live = await cases().findOneByOrFail({ caseNo: missing });

    await cases().delete({ caseNo: missing });
    await stack.db.query(`UPDATE case_records SET status = 'assigned', state_version = state_version - 1, first_contacted_at = NULL WHERE case_no = $1`, [stale]);
    await stack.db.query(`UPDATE case_records SET status = 'registered', assigned_agent_code = NULL WHERE case_no = $1`, [drifted]);

    const report = await rebuildReadModel(stack.temporal, createDataConverter(stack.config), stack.db);
    expect(report.failed).toEqual([]);
    expect(report.listed).toBe(4);
    expect([...report.repaired].sort()).toEqual([missing, stale, drifted].sort());
    expect(report.unchanged).toBe(1);

    expect(await cases().findOneByOrFail({ caseNo: missing })).toMatchObject({
      kind: 'complaint', status: 'assigned', customerId: live.customerId, assignedAgentCode: agent.code, summary: live.summary, stateVersion: live.stateVersion, productRef: 'SN-EB200-1',
    });
    const repaired = await cases().findOneByOrFail({ caseNo: stale });
    expect(repaired).toMatchObject({ status: 'contacted', stateVersion: contacted.stateVersion });
    expect(repaired.firstContactedAt).toBeInstanceOf(Date);
    expect(await cases().findOneByOrFail({ caseNo: drifted })).toMatchObject({ status: 'assigned', assignedAgentCode: agent.code });
    expect((await cases().findOneByOrFail({ caseNo: intact })).status).toBe('assigned');

    // Nothing left to do: a second run changes nothing.
    const again = await rebuildReadModel(stack.temporal, createDataConverter(stack.config), stack.db);
    expect(again).toMatchObject({ listed: 4, repaired: [], unchanged: 4, failed: [] });
  });

  it('never moves a row that is ahead of the workflow backwards', async () => {
    const ahead = await complaint();
    await stack.db.query(`UPDATE case_records SET status = 'closed', state_version = state_version + 100 WHERE case_no = $1`, [ahead]);
    const report = await rebuildReadModel(stack.temporal, createDataConverter(stack.config), stack.db);
    expect(report.repaired).not.toContain(ahead);
    expect((await cases().findOneByOrFail({ caseNo: ahead })).status).toBe('closed');
  });

  it('indexes the description of a row from before the blind index, from the start input, so the list finds it by its description again', async () => {
    const older = await complaint(undefined, '车灯闪烁不亮');
    const tokensOf = async () => (await stack.db.query(`SELECT description_tokens FROM case_records WHERE case_no = $1`, [older]))[0].description_tokens as string[] | null;
    const found = async () => (await http.post('/complaints/search').set('Authorization', agent.header).send({ q: '闪烁' }).expect(200)).body.items.map((r: { caseNo: string }) => r.caseNo);
    const atIntake = await tokensOf();
    expect(atIntake).toHaveLength(5);
    expect(await found()).toEqual([older]);
    await stack.db.query(`UPDATE case_records SET description_tokens = NULL WHERE case_no = $1`, [older]);
    expect(await found()).toEqual([]);

    const report = await rebuildReadModel(stack.temporal, createDataConverter(stack.config), stack.db);
    expect(report.failed).toEqual([]);
    expect(report.repaired).toContain(older);
    expect(await tokensOf()).toEqual(atIntake);
    expect(await found()).toEqual([older]);
  });

  it('runs as `npm run read-model:rebuild`, with --dry-run reporting without writing', async () => {
    const lost = await complaint();
    await cases().delete({ caseNo: lost });
    const env = {
      PATH: process.env.PATH!,
      DATABASE_URL: stack.config.DATABASE_URL,
      TEMPORAL_ADDRESS: stack.config.TEMPORAL_ADDRESS,
      TEMPORAL_NAMESPACE: stack.config.TEMPORAL_NAMESPACE,
      PAYLOAD_ENCRYPTION_KEYS: process.env.PAYLOAD_ENCRYPTION_KEYS!,
      PAYLOAD_ENCRYPTION_ACTIVE_KEY: process.env.PAYLOAD_ENCRYPTION_ACTIVE_KEY!,
      LOG_LEVEL: 'error',
    };
    const cli = path.join(ROOT, 'dist/libs/read-model/src/cli/rebuild-read-model.js');
    const dry = await run(process.execPath, [cli, '--dry-run'], { env, timeout: 30_000 });
    expect(dry.stdout).toContain(`would repair ${lost}: missing -> assigned`);
    expect(await cases().findOneBy({ caseNo: lost })).toBeNull();
    const real = await run(process.execPath, [cli], { env, timeout: 30_000 });
    expect(real.stdout).toMatch(/Read model: \d+ workflows, 1 repaired, \d+ unchanged, 0 failed/);
    expect((await cases().findOneByOrFail({ caseNo: lost })).status).toBe('assigned');
    await expect(run(process.execPath, [cli, '--everything'], { env, timeout: 30_000 })).rejects.toMatchObject({ code: 64 });
  });

  async function givenReturnAndPlan(): Promise<{ returnNo: string; planId: string }> {
    const admin = (await bearerFor(stack.api!, stack.db, 'admin')).header;
    await http.put('/return-policies/default').set('Authorization', admin).send({ terms: FAST_RETURN_TERMS }).expect(200);
    const policyCode = `rebuild-${Date.now()}`;
    await http.post('/follow-up-policies').set('Authorization', admin).send({ code: policyCode, terms: fastTerms({ delivery: [fastStep('7dc', 3, 60)] }) }).expect(201);
    const returnNo: string = (
      await http.post('/returns').set('Authorization', agent.header)
        .send({ type: 'refund_only', source: 'tmall', customerNo, orderRef: 'SO-1', items: [{ sku: 'EB-200', quantity: 1 }], amountFen: 9_900, reason: 'not_as_described', description: 'wrong colour', goodsState: 'not_shipped', customerRating: 'neutral' })
        .expect(201)
    ).body.returnNo;
    await http.post(`/returns/${returnNo}/cancel`).set('Authorization', agent.header).send({ reason: 'changed my mind' }).expect(200);
    const planId: string = (await http.post('/follow-ups').set('Authorization', agent.header).send({ customerNo, trigger: 'delivery', policyCode, agent: agent.code }).expect(201)).body.planId;
    await eventually(() => cases().findOneBy({ caseNo: returnNo }), (row) => row?.status === 'cancelled');
    await eventually(() => cases().findOneBy({ caseNo: planId }), (row) => (row?.stateVersion ?? 0) > 0);
    return { returnNo, planId };
  }

  it('rebuilds returns and follow-up plans too, with the row builders', async () => {
    const { returnNo, planId } = await givenReturnAndPlan();
    const livePlan = await cases().findOneByOrFail({ caseNo: planId });
    await cases().delete({ caseNo: returnNo });
    await cases().delete({ caseNo: planId });

    const report = await rebuildReadModel(stack.temporal, createDataConverter(stack.config), stack.db, { includeClosed: true });
    expect(report.failed).toEqual([]);
    expect(report.repaired).toEqual(expect.arrayContaining([returnNo, planId]));
    const rebuiltReturn = await cases().findOneByOrFail({ caseNo: returnNo });
    // R-7 with when it ended and what it was about.
    expect(rebuiltReturn).toMatchObject({ kind: 'return', status: 'cancelled', category: 'refund_only', source: 'tmall', problemType: 'not_as_described', customerRating: 'neutral', productRef: 'EB-200' });
    expect(rebuiltReturn.closedAt).toBeInstanceOf(Date);
    const rebuiltPlan = await cases().findOneByOrFail({ caseNo: planId });
    expect(rebuiltPlan.stateVersion).toBeGreaterThanOrEqual(livePlan.stateVersion);
    expect(rebuiltPlan).toMatchObject({ kind: 'followup', category: 'delivery', customerId: livePlan.customerId, assignedAgentCode: agent.code, summary: expect.stringMatching(/^tier 1 delivery: \d of 1 call\(s\) done$/) });
  });

  // Holds once each workflow publishes through its builder (`recordCaseState(returnCaseRecord(input, snapshot()))`).
  it('the live return row and the rebuilt one agree (R-7: closing time and product included)', async () => {
    const { returnNo } = await givenReturnAndPlan();
    const live = await cases().findOneByOrFail({ caseNo: returnNo });
    await cases().delete({ caseNo: returnNo });
    await rebuildReadModel(stack.temporal, createDataConverter(stack.config), stack.db, { includeClosed: true });
    const strip = (row: CaseRecordEntity) => ({ ...row, id: undefined, createdAt: undefined, updatedAt: undefined });
    expect(strip(await cases().findOneByOrFail({ caseNo: returnNo }))).toEqual(strip(live));
  });
});
