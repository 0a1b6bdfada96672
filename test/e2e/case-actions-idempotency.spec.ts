import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { givenAgent, givenCustomer } from '../support/builders';
import { eventually } from '../support/eventually';
import { bearerFor } from '../support/sign-in';
import { startTestStack, TestStack } from '../support/test-stack';

// Issue "half-written actions": an action and its audit row succeed or fail together from the
// client's view, and an Idempotency-Key (the caller's own) makes every retry safe.
describe('case actions: all or nothing, idempotent (e2e)', () => {
  let stack: TestStack;
  let http: ReturnType<typeof request>;
  let customerNo: string;
  let supervisor: string;

  beforeAll(async () => {
    stack = await startTestStack({ api: true });
    http = request(stack.api!.getHttpServer());
    await givenAgent(stack.db, { skills: ['quality'] });
    customerNo = (await givenCustomer(stack.db)).customerNo;
    supervisor = (await bearerFor(stack.api!, stack.db, 'supervisor')).header;
  });
  afterAll(() => stack?.stop());

  const complaint = { channel: 'phone', category: 'quality', severity: 'normal', description: 'hums' };
  const key = () => `k-${randomUUID()}`;
  const note = (caseNo: string, text: string, idempotencyKey?: string) => {
    const req = http.post(`/complaints/${caseNo}/note`).set('Authorization', supervisor);
    return (idempotencyKey ? req.set('Idempotency-Key', idempotencyKey) : req).send({ text });
  };
  const notesOf = async (caseNo: string, text: string) =>
    ((await http.get(`/complaints/${caseNo}`).set('Authorization', supervisor).expect(200)).body.timeline as Array<{ event: string; note?: string }>).filter((t) => t.event === 'note' && t.note === text);
  const auditRows = async (caseNo: string) =>
    Number((await stack.db.query(`SELECT count(*) AS n FROM audit_events WHERE action = 'complaint.note' AND resource = $1`, [`complaint:${caseNo}`]))[0].n);

  async function assignedComplaint(): Promise<string> {
    const { caseNo } = (await http.post('/complaints').set('Authorization', supervisor).send({ ...complaint, customerNo }).expect(201)).body;
    await eventually(() => http.get(`/complaints/${caseNo}`).set('Authorization', supervisor), (res) => res.body.status === 'assigned');
    return caseNo;
  }

  /** The audit store refuses complaint notes: at insert, or only at commit (after the workflow acted). */
  async function breakAudit(when: 'insert' | 'commit'): Promise<() => Promise<void>> {
    const name = `refuse_${when}_${randomUUID().slice(0, 8)}`;
    await stack.db.query(`CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit store refuses'; END $$`);
    await stack.db.query(
      when === 'insert'
        ? `CREATE TRIGGER ${name} BEFORE INSERT ON audit_events FOR EACH ROW WHEN (NEW.action = 'complaint.note') EXECUTE FUNCTION ${name}()`
        : `CREATE CONSTRAINT TRIGGER ${name} AFTER INSERT ON audit_events DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.action = 'complaint.note') EXECUTE FUNCTION ${name}()`,
    );
    return async () => {
      await stack.db.query(`DROP TRIGGER ${name} ON audit_events`);
      await stack.db.query(`DROP FUNCTION ${name}()`);
    };
  }

  it('an audit row that cannot be written stops the action before the workflow sees it (503, nothing changed)', async () => {
    const caseNo = await assignedComplaint();
    const repair = await breakAudit('insert');
    try {
      const refused = await note(caseNo, 'called the customer').expect(503);
      expect(refused.body.message).toContain('was not changed');
    } finally {
      await repair();
    }
    expect(await notesOf(caseNo, 'called the customer')).toHaveLength(0);
    expect(await auditRows(caseNo)).toBe(0);
    await note(caseNo, 'called the customer').expect(200);
    expect(await notesOf(caseNo, 'called the customer')).toHaveLength(1);
    expect(await auditRows(caseNo)).toBe(1);
  });

  it('an audit row lost after the workflow acted is completed by the retry with the same key, without a second note', async () => {
    const caseNo = await assignedComplaint();
    const k = key();
    const repair = await breakAudit('commit');
    try {
      const failed = await note(caseNo, 'promised a callback', k).expect(503);
      expect(failed.body.message).toContain('same Idempotency-Key');
    } finally {
      await repair();
    }
    expect(await auditRows(caseNo)).toBe(0);
    const retried = await note(caseNo, 'promised a callback', k).expect(200);
    expect((retried.body.timeline as Array<{ event: string; note?: string }>).filter((t) => t.note === 'promised a callback')).toHaveLength(1);
    expect(await notesOf(caseNo, 'promised a callback')).toHaveLength(1);
    expect(await auditRows(caseNo)).toBe(1);
  });

  it('a retried action with the same key is answered without acting again, also when retries race', async () => {
    const caseNo = await assignedComplaint();
    const k = key();
    await note(caseNo, 'sent photos', k).expect(200);
    await note(caseNo, 'sent photos', k).expect(200);
    const racing = key();
    const answers = await Promise.all([1, 2, 3].map(() => note(caseNo, 'asked twice', racing)));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(await notesOf(caseNo, 'sent photos')).toHaveLength(1);
    expect(await notesOf(caseNo, 'asked twice')).toHaveLength(1);
    expect(await auditRows(caseNo)).toBe(2);
  });

  it('a key reused for another action is refused (409) and changes nothing', async () => {
    const caseNo = await assignedComplaint();
    const k = key();
    await note(caseNo, 'first', k).expect(200);
    const reused = await note(caseNo, 'second', k).expect(409);
    expect(reused.body).toMatchObject({ code: 'CONFLICT', field: 'Idempotency-Key' });
    expect(await notesOf(caseNo, 'second')).toHaveLength(0);
    expect(await auditRows(caseNo)).toBe(1);
  });

  it('text the database cannot store is refused (400) before the workflow acts', async () => {
    const caseNo = await assignedComplaint();
    await note(caseNo, 'nul\u0000byte').expect(400);
    const timeline = (await http.get(`/complaints/${caseNo}`).set('Authorization', supervisor).expect(200)).body.timeline as Array<{ event: string }>;
    expect(timeline.filter((t) => t.event === 'note')).toHaveLength(0);
    expect(await auditRows(caseNo)).toBe(0);
  });

  it('an Idempotency-Key is the caller\'s: another person with the same key and body opens their own case', async () => {
    const admin = (await bearerFor(stack.api!, stack.db, 'admin')).header;
    const k = key();
    const first = await http.post('/complaints').set('Authorization', admin).set('Idempotency-Key', k).send({ ...complaint, customerNo }).expect(201);
    const other = await http.post('/complaints').set('Authorization', supervisor).set('Idempotency-Key', k).send({ ...complaint, customerNo }).expect(201);
    expect(other.body.caseNo).not.toBe(first.body.caseNo);
    const again = await http.post('/complaints').set('Authorization', admin).set('Idempotency-Key', k).send({ ...complaint, customerNo }).expect(200);
    expect(again.body.caseNo).toBe(first.body.caseNo);
  });

  it.each([
    ['/returns', 'returnNo'],
    ['/follow-ups', 'planId'],
  ])('an action on %s takes an Idempotency-Key of the right form only', async (path) => {
    const bad = await http.post(`${path}/XX-1/cancel`).set('Authorization', supervisor).set('Idempotency-Key', 'short').send({ reason: 'r' }).expect(400);
    expect(bad.body.field).toBe('Idempotency-Key');
  });

  it('a retried policy create with the same key is answered with the version it created, once', async () => {
    const admin = (await bearerFor(stack.api!, stack.db, 'admin')).header;
    const code = `idem-${randomUUID().slice(0, 8)}`;
    const body = { code, category: 'logistics', severity: 'critical', customerTier: 'dealer', calendar: '24x7', timeZone: 'Asia/Shanghai', firstContactSeconds: 3_600, resolutionSeconds: 86_400, supervisorReportSeconds: 43_200, escalationStepsSeconds: [7_200] };
    const k = key();
    const first = await http.post('/sla-policies').set('Authorization', admin).set('Idempotency-Key', k).send(body).expect(201);
    const again = await http.post('/sla-policies').set('Authorization', admin).set('Idempotency-Key', k).send(body).expect(201);
    expect(again.body).toEqual(first.body);
    await http.post('/sla-policies').set('Authorization', admin).set('Idempotency-Key', k).send({ ...body, firstContactSeconds: 7_200 }).expect(409);
    // Without the key a second create is what it always was: the code exists.
    await http.post('/sla-policies').set('Authorization', admin).send(body).expect(409);
    const audits = await stack.db.query(`SELECT count(*) AS n FROM audit_events WHERE action = 'sla-policy.create' AND resource = $1`, [`sla-policy:${code}`]);
    expect(Number(audits[0].n)).toBe(1);
  });
});
