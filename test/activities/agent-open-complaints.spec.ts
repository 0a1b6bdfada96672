import fc from 'fast-check';
import { loadAgentCandidates } from '../../activities/assignment/choose-agent.activity';
import { OPEN_COMPLAINT_SQL } from '@libs/read-model/open-cases';
import { givenCustomer } from '../support/builders';
import { startTestStack, TestStack } from '../support/test-stack';

// an assignment reads each agent's open complaints from `agent_open_complaints`, which a trigger
// keeps as case rows are written, change hands, close, reopen or go. It must always equal the count of
// the rows themselves (OPEN_COMPLAINT_SQL), whatever order the writes come in.
describe('open complaints counted per agent (A-5)', () => {
  let stack: TestStack;
  let customerId: string;
  const AGENTS = ['AG-901', 'AG-902', 'AG-903'];
  let seq = 0;

  beforeAll(async () => {
    stack = await startTestStack();
    customerId = (await givenCustomer(stack.db)).id;
    for (const code of AGENTS) {
      await stack.db.query(
        `INSERT INTO staff_members (code, name, role, skills, serves_vip, capacity, status) VALUES ($1, $1, 'agent', '{quality,service}', false, 10, 'active') ON CONFLICT (code) DO NOTHING`,
        [code],
      );
    }
  });
  afterAll(() => stack?.stop());

  const kept = async () =>
    Object.fromEntries(((await stack.db.query(`SELECT agent_code, open_cases FROM agent_open_complaints WHERE open_cases > 0`)) as Array<{ agent_code: string; open_cases: number }>).map((r) => [r.agent_code, r.open_cases]));
  const counted = async () =>
    Object.fromEntries(
      ((await stack.db.query(`SELECT r.assigned_agent_code AS code, count(*)::int AS n FROM case_records r WHERE r.assigned_agent_code IS NOT NULL AND ${OPEN_COMPLAINT_SQL} GROUP BY 1`)) as Array<{ code: string; n: number }>).map((r) => [r.code, r.n]),
    );
  const open = async (kind: string, status: string, agent: string | null) => {
    const caseNo = `CP-20261201-${String(9000 + (seq += 1))}`;
    await stack.db.query(
      `INSERT INTO case_records (case_no, kind, workflow_id, status, customer_id, assigned_agent_code, summary) VALUES ($1, $2, $3, $4, $5, $6, 'test')`,
      [caseNo, kind, `wf-${caseNo}`, status, customerId, agent],
    );
    return caseNo;
  };

  it('follows assignment, reassignment, closing, reopening and deletion, and the candidates read it', async () => {
    const a = await open('complaint', 'registered', null);
    const b = await open('complaint', 'assigned', 'AG-901');
    await open('return', 'assigned', 'AG-901'); // not a complaint: never counted
    expect(await kept()).toEqual({ 'AG-901': 1 });
    await stack.db.query(`UPDATE case_records SET status = 'assigned', assigned_agent_code = 'AG-902' WHERE case_no = $1`, [a]);
    await stack.db.query(`UPDATE case_records SET assigned_agent_code = 'AG-902' WHERE case_no = $1`, [b]);
    expect(await kept()).toEqual({ 'AG-902': 2 });
    await stack.db.query(`UPDATE case_records SET status = 'closed' WHERE case_no = $1`, [a]);
    expect(await kept()).toEqual({ 'AG-902': 1 });
    await stack.db.query(`UPDATE case_records SET status = 'reopened' WHERE case_no = $1`, [a]);
    await stack.db.query(`DELETE FROM case_records WHERE case_no = $1`, [b]);
    expect(await kept()).toEqual({ 'AG-902': 1 });
    const candidates = await loadAgentCandidates(stack.db);
    expect(candidates.filter((c) => AGENTS.includes(c.code)).map((c) => [c.code, c.openCases])).toEqual(expect.arrayContaining([['AG-901', 0], ['AG-902', 1], ['AG-903', 0]]));
  });

  it('always equals the count of the rows, whatever the writes (property)', async () => {
    const agent = fc.constantFrom(null, ...AGENTS);
    const status = fc.constantFrom('registered', 'assigned', 'escalated', 'resolved', 'closed', 'cancelled');
    const write = fc.oneof(
      fc.record({ op: fc.constant('open' as const), kind: fc.constantFrom('complaint', 'return'), status, agent }),
      fc.record({ op: fc.constant('move' as const), pick: fc.nat(), agent }),
      fc.record({ op: fc.constant('status' as const), pick: fc.nat(), status }),
      fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(write, { maxLength: 30 }), async (writes) => {
        const cases: string[] = ((await stack.db.query(`SELECT case_no FROM case_records ORDER BY case_no`)) as Array<{ case_no: string }>).map((r) => r.case_no);
        for (const w of writes) {
          if (w.op === 'open') cases.push(await open(w.kind, w.status, w.agent));
          else if (cases.length === 0) continue;
          else if (w.op === 'move') await stack.db.query(`UPDATE case_records SET assigned_agent_code = $2 WHERE case_no = $1`, [cases[w.pick % cases.length], w.agent]);
          else if (w.op === 'status') await stack.db.query(`UPDATE case_records SET status = $2 WHERE case_no = $1`, [cases[w.pick % cases.length], w.status]);
          else await stack.db.query(`DELETE FROM case_records WHERE case_no = $1`, [cases.splice(w.pick % cases.length, 1)[0]]);
        }
        expect(await kept()).toEqual(await counted());
      }),
      { numRuns: 40 },
    );
  });

  it('starts again from nothing when the table is emptied at once', async () => {
    await open('complaint', 'assigned', 'AG-903');
    await stack.db.query(`TRUNCATE case_records CASCADE`);
    expect(await kept()).toEqual({});
    await open('complaint', 'assigned', 'AG-903');
    expect(await kept()).toEqual({ 'AG-903': 1 });
  });
});
