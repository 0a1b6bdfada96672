import { DataSource } from 'typeorm';
import { givenAgent } from './builders';
import { createdAt, givenCustomerFile } from './customer-files';

// A known month of after-sales work, written straight into the tables the reports read, so that
// every number in every report can be worked out by hand (the comments do). Times are Beijing time.
// The reported period is 2026-10-05 (Mon) to 2026-10-26 (Mon): three weeks.

const at = (local: string) => `${local}+08:00`;

interface Complaint {
  caseNo: string;
  customer: string;
  category: string;
  agent: string | null;
  status: string;
  created: string;
  contacted?: string;
  resolved?: string;
  closed?: string;
  score?: number;
  cause?: string;
  productRef?: string;
  department?: string;
}

export async function seedReportScenario(db: DataSource): Promise<void> {
  await givenAgent(db, { code: 'AG-501', name: '李娜' });
  await givenAgent(db, { code: 'AG-502', name: '王芳' });

  // C1 and C4 are complete (organisation and address); C2 lacks the organisation, C3 the address.
  // K-3: C1 and C2 have a product under warranty during the period; C3's warranty ended in September.
  const c1 = await givenCustomerFile(db, { name: '王建国', organisation: '顺达物流', address: '杭州市文三路 1 号', region: '浙江', assignedAgentCode: 'AG-501' }, [
    { model: 'EB-200', serialNo: 'SN-A1', purchaseDate: '2025-10-01', warrantyEnd: '2027-10-01' },
  ]);
  const c2 = await givenCustomerFile(db, { name: '李小红', organisation: null, address: '南京市中山路 2 号', region: '江苏', assignedAgentCode: 'AG-501' }, [
    { model: 'EB-300', serialNo: 'SN-B1', purchaseDate: '2024-12-31', warrantyEnd: '2026-12-31' },
  ]);
  const c3 = await givenCustomerFile(db, { name: '张伟', organisation: '蓉城车行', address: null, region: '浙江', assignedAgentCode: 'AG-502' }, [
    { model: 'EB-100', serialNo: 'SN-C1', purchaseDate: '2024-09-30', warrantyEnd: '2026-09-30' },
  ]);
  const c4 = await givenCustomerFile(db, { name: '刘芳', organisation: '光谷科技', address: '武汉市光谷 3 号', region: '浙江', assignedAgentCode: 'AG-502' });
  for (const c of [c1, c2, c3, c4]) await createdAt(db, c.id, at('2026-09-01T09:00:00'));
  const customers: Record<string, string> = { C1: c1.id, C2: c2.id, C3: c3.id, C4: c4.id };

  const complaints: Complaint[] = [
    // Before the period (the previous three weeks, for K-5), and September for the monthly report.
    { caseNo: 'CP-20260920-0001', customer: 'C1', category: 'service', agent: 'AG-501', status: 'closed', created: '2026-09-20T10:00:00', contacted: '2026-09-20T12:00:00', resolved: '2026-09-21T10:00:00', closed: '2026-09-22T10:00:00', score: 4 },
    { caseNo: 'CP-20260928-0001', customer: 'C2', category: 'quality', agent: 'AG-501', status: 'closed', created: '2026-09-28T10:00:00', contacted: '2026-09-28T16:00:00', resolved: '2026-10-02T10:00:00', closed: '2026-10-03T10:00:00', score: 5 },
    { caseNo: 'CP-20261004-0001', customer: 'C1', category: 'quality', agent: 'AG-502', status: 'closed', created: '2026-10-04T23:59:00', contacted: '2026-10-05T07:59:00', resolved: '2026-10-06T09:00:00', closed: '2026-10-07T09:00:00', score: 3 },
    // Week of 10-05.
    { caseNo: 'CP-20261005-0001', customer: 'C1', category: 'quality', agent: 'AG-501', status: 'closed', created: '2026-10-05T10:00:00', contacted: '2026-10-05T14:00:00', resolved: '2026-10-07T10:00:00', closed: '2026-10-08T10:00:00', score: 5, cause: 'solder joint', productRef: 'sn-a1', department: 'quality' },
    { caseNo: 'CP-20261006-0001', customer: 'C2', category: 'service', agent: 'AG-501', status: 'reopened', created: '2026-10-06T09:00:00', contacted: '2026-10-07T15:00:00', resolved: '2026-10-08T09:00:00', score: 2 },
    { caseNo: 'CP-20261009-0001', customer: 'C1', category: 'logistics', agent: 'AG-502', status: 'closed', created: '2026-10-09T10:00:00', contacted: '2026-10-09T11:00:00', resolved: '2026-10-09T16:00:00', closed: '2026-10-10T10:00:00', score: 4, cause: 'courier damage', productRef: 'SN-X9' },
    // Week of 10-12.
    { caseNo: 'CP-20261012-0001', customer: 'C3', category: 'quality', agent: 'AG-502', status: 'closed', created: '2026-10-12T10:00:00', contacted: '2026-10-12T20:00:00', resolved: '2026-10-16T10:00:00', closed: '2026-10-17T10:00:00', cause: 'motor', productRef: 'SN-A1', department: 'quality' },
    { caseNo: 'CP-20261013-0001', customer: 'C2', category: 'billing', agent: 'AG-501', status: 'cancelled', created: '2026-10-13T10:00:00', closed: '2026-10-13T12:00:00' },
    { caseNo: 'CP-20261014-0001', customer: 'C4', category: 'quality', agent: 'AG-501', status: 'forwarded', created: '2026-10-14T10:00:00', contacted: '2026-10-16T10:00:00', productRef: 'SN-B1', department: 'quality' },
    // Week of 10-19.
    { caseNo: 'CP-20261020-0001', customer: 'C4', category: 'service', agent: 'AG-502', status: 'resolved', created: '2026-10-20T10:00:00', contacted: '2026-10-20T12:00:00', resolved: '2026-10-21T10:00:00' },
    { caseNo: 'CP-20261025-0001', customer: 'C1', category: 'quality', agent: 'AG-502', status: 'assigned', created: '2026-10-25T23:30:00' },
    // Just after the period.
    { caseNo: 'CP-20261026-0001', customer: 'C3', category: 'other', agent: 'AG-501', status: 'assigned', created: '2026-10-26T00:30:00' },
  ];
  for (const c of complaints) {
    await db.query(
      `INSERT INTO case_records (case_no, kind, workflow_id, status, customer_id, category, severity, assigned_agent_code, summary, state_version, created_at,
                                 first_contacted_at, resolved_at, closed_at, satisfaction_score, cause, product_ref, department, product_model)
       VALUES ($1,'complaint',$2,$3,$4,$5,'normal',$6,$7,5,$8,$9,$10,$11,$12,$13,$14,$15,
               (SELECT model FROM customer_products WHERE upper(serial_no) = upper($14::text) LIMIT 1))`,
      [
        c.caseNo, `complaint-${c.caseNo}`, c.status, customers[c.customer], c.category, c.agent, `${c.category}/normal via phone`, at(c.created),
        c.contacted ? at(c.contacted) : null, c.resolved ? at(c.resolved) : null, c.closed ? at(c.closed) : null,
        c.score ?? null, c.cause ?? null, c.productRef ?? null, c.department ?? null,
      ],
    );
  }
  // Returns are cases too, never complaints.
  await db.query(
    `INSERT INTO case_records (case_no, kind, workflow_id, status, customer_id, category, summary, created_at) VALUES ('RT-20261010-0001','return','return-RT-20261010-0001','refunded',$1,'refund_only','refund',$2)`,
    [c1.id, at('2026-10-10T10:00:00')],
  );

  // SLA breaches of October's complaints; key-part defects (C-12) reported in October and November.
  await db.query(`INSERT INTO sla_breaches (case_no, target, policy_code, policy_version, deadline, late_ms) VALUES
    ('CP-20261006-0001','first_contact','default',1,$1,21600000), ('CP-20261014-0001','first_contact','quality',1,$2,86400000),
    ('CP-20261012-0001','resolution','quality',1,$3,86400000)`, [at('2026-10-07T09:00:00'), at('2026-10-15T10:00:00'), at('2026-10-15T10:00:00')]);
  await db.query(`INSERT INTO key_part_defects (case_no, part, product_ref, reported_at) VALUES
    ('CP-20261012-0001','motor','EB-200',$1), ('CP-20261014-0001','motor','EB-300',$2), ('CP-20261101-0001','motor','EB-300',$3)`,
    [at('2026-10-12T10:00:00'), at('2026-10-14T10:00:00'), at('2026-11-02T10:00:00')]);

  // A-2 / K-8: AG-501: on time (E1), late (E2); AG-502: missing after the deadline (E3), on time (E4); E5 is due after the period.
  const events: Array<[string, string, string, string, string | null]> = [
    ['AG-501', 'sale', '2026-10-05T10:00:00', '2026-10-07T10:00:00', '2026-10-06T10:00:00'],
    ['AG-501', 'delivery', '2026-10-10T10:00:00', '2026-10-12T10:00:00', '2026-10-13T10:00:00'],
    ['AG-502', 'deal', '2026-10-15T10:00:00', '2026-10-18T10:00:00', null],
    ['AG-502', 'repair', '2026-10-20T10:00:00', '2026-10-22T10:00:00', '2026-10-21T10:00:00'],
    ['AG-501', 'visit', '2026-10-28T10:00:00', '2026-10-30T10:00:00', null],
  ];
  for (const [staff, kind, occurred, due, filed] of events) {
    await db.query(
      `INSERT INTO customer_file_events (kind, occurred_at, due_at, responsible_staff_code, customer_id, filed_at, created_by) VALUES ($1,$2,$3,$4,$5,$6,'SUP-001')`,
      [kind, at(occurred), at(due), staff, filed ? c1.id : null, filed ? at(filed) : null],
    );
  }

  // F-12, K-2, K-3: follow-up calls (L*) and their attempts. Satisfied on a follow-up call: 4 or more (F-9 policy).
  const calls: Array<[string, string, number, string, string]> = [
    ['L1', 'C1', 1, 'delivery', '2026-10-06T09:00:00'],
    ['L2', 'C2', 1, 'delivery', '2026-10-06T09:00:00'],
    ['L3', 'C3', 2, 'monthly_sample', '2026-10-13T09:00:00'],
    ['L4', 'C4', 2, 'monthly_sample', '2026-10-13T09:00:00'],
    ['L5', 'C3', 3, 'quarterly_repair', '2026-10-20T09:00:00'],
    // F-12: its window passed without an attempt: missed.
    ['L6', 'C1', 1, 'repair', '2026-10-08T09:00:00'],
    ['L7', 'C1', 1, 'delivery', '2026-09-30T09:00:00'],
    // A cancelled call is not due (F-12).
    ['L8', 'C2', 1, 'delivery', '2026-10-06T09:00:00'],
  ];
  const missed = ['L5', 'L6'];
  const callIds: Record<string, string> = {};
  for (const [key, customer, tier, trigger, due] of calls) {
    const [{ id }] = await db.query(
      `INSERT INTO follow_up_calls (plan_id, customer_id, tier, trigger, due_at, status, agent_code) VALUES ($1,$2,$3,$4,$5,$6,$7) RETURNING id`,
      [`plan-${key}`, customers[customer], tier, trigger, at(due), key === 'L8' ? 'cancelled' : missed.includes(key) ? 'missed' : 'due', tier === 1 ? 'AG-501' : 'AG-502'],
    );
    callIds[key] = id;
  }
  const attempts: Array<[string, string, number, string, number | null, string, string]> = [
    ['L1', 'C1', 1, 'reached', 5, '2026-10-06T10:00:00', 'AG-501'],
    ['L2', 'C2', 1, 'no_answer', null, '2026-10-06T11:00:00', 'AG-501'],
    // A 3 is unsatisfied on a follow-up call (F-9 policy), though it would close a complaint (C-8).
    ['L2', 'C2', 1, 'reached', 3, '2026-10-07T10:00:00', 'AG-501'],
    ['L3', 'C3', 2, 'busy', null, '2026-10-13T10:00:00', 'AG-502'],
    ['L4', 'C4', 2, 'reached', 4, '2026-10-13T15:00:00', 'AG-502'],
    ['L5', 'C3', 3, 'wrong_number', null, '2026-10-20T10:00:00', 'AG-502'],
    ['L7', 'C1', 1, 'reached', 5, '2026-09-30T10:00:00', 'AG-501'],
  ];
  for (const [call, customer, tier, outcome, score, attempted, agent] of attempts) {
    await db.query(
      `INSERT INTO follow_up_attempts (call_id, customer_id, tier, outcome, satisfaction_score, attempted_at, agent_code) VALUES ($1,$2,$3,$4,$5,$6,$7)`,
      [callIds[call], customers[customer], tier, outcome, score, at(attempted), agent],
    );
  }
}
