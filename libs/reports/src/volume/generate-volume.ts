import { DataSource } from 'typeorm';

// Loads a believable volume of customers, products, cases, SLA breaches, file events and follow-up
// calls, in batches of server-side generate_series (no rows travel over the wire), so that the
// reports and searches can be measured at 1,000,000 cases and 100,000 customers.

export interface VolumeOptions {
  customers: number;
  cases: number;
  fileEvents: number;
  followUpAttempts: number;
  /** How far back the cases go. */
  years: number;
  /** Rows per INSERT. */
  batch: number;
}

export const DEFAULT_VOLUME: VolumeOptions = { customers: 100_000, cases: 1_000_000, fileEvents: 100_000, followUpAttempts: 300_000, years: 3, batch: 100_000 };

export const VOLUME_MARKER = 'report-volume';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂华建国红玲志文斌辉鹏宇晨浩';
const CITIES = ['杭州', '南京', '成都', '武汉', '深圳', '北京', '上海', '苏州', '宁波', '合肥', '长沙', '西安', '郑州', '济南', '青岛', '厦门', '福州', '昆明', '重庆', '天津'];
const WORDS = ['顺达', '光谷', '蓉城', '华联', '金盛', '宏图', '新星', '东方', '恒通', '远航', '博雅', '瑞丰', '鸿运', '天和', '嘉禾'];
const SUFFIXES = ['物流有限公司', '车行', '科技园', '贸易公司', '电动车商行', '实业有限公司'];
const CAUSES = ['solder joint', 'motor', 'controller firmware', 'battery cell', 'frame weld', 'courier damage', 'late delivery', 'wrong item', 'billing error', 'rude service'];

/** A customer's id from its number, so that cases can point at customers without a lookup. */
const customerId = (expr: string) => `md5('volume-customer-' || (${expr}))::uuid`;
const arr = (items: string[]) => `ARRAY[${items.map((i) => `'${i}'`).join(',')}]`;
const pick = (items: string[]) => `(${arr(items)})[1 + floor(random() * ${items.length})::int]`;
const chars = (s: string) => `substr('${s}', 1 + floor(random() * ${[...s].length})::int, 1)`;
/** Product `n` of customer `i`: its serial/VIN and its model, computable anywhere without a lookup. */
const serial = (i: string, n: string) => `'LSV' || upper(substr(md5('serial' || (${i}) || '-' || (${n})), 1, 14))`;
const model = (i: string) => `'EB-' || (100 + ((${i}) % 20) * 50)`;

export async function generateVolume(db: DataSource, options: VolumeOptions, log: (line: string) => void = () => undefined): Promise<void> {
  const marked: unknown[] = await db.query(`INSERT INTO platform_markers (key) VALUES ($1) ON CONFLICT DO NOTHING RETURNING key`, [VOLUME_MARKER]);
  if (marked.length === 0) throw new Error(`this database already holds a generated volume (platform_markers '${VOLUME_MARKER}'); use an empty database`);
  const batches = async (total: number, what: string, insert: (from: number, to: number) => Promise<void>) => {
    const started = Date.now();
    for (let from = 1; from <= total; from += options.batch) {
      const to = Math.min(total, from + options.batch - 1);
      await insert(from, to);
      log(`${what}: ${to.toLocaleString('en')} of ${total.toLocaleString('en')}`);
    }
    if (total > 0) log(`${what}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  };

  // Agents 'AG-6NN'. Customers 'CU-2NNNNN': three in four with an organisation, four in five with an address (A-4).
  const agents = Math.max(10, Math.round(options.customers / 2_000));
  await db.query(
    `INSERT INTO staff_members (code, name, role, skills, capacity) SELECT 'AG-' || (600 + i), 'Volume agent ' || i, 'agent', '{quality,service,logistics,billing,other}', 60
       FROM generate_series(1, $1) i ON CONFLICT (code) DO NOTHING`,
    [agents],
  );
  const agent = `'AG-' || (601 + floor(random() * ${agents})::int)`;
  const span = `${options.years * 365} * random() * interval '1 day'`;
  await batches(options.customers, 'customers', (from, to) =>
    db.query(
      `INSERT INTO customers (id, customer_no, name, organisation, phone, region, address, tier, assigned_agent_code, created_at)
       SELECT ${customerId('i')}, 'CU-' || lpad((200000 + i)::text, 6, '0'),
              ${chars(SURNAMES)} || ${chars(GIVEN)} || CASE WHEN random() < 0.6 THEN ${chars(GIVEN)} ELSE '' END,
              CASE WHEN random() < 0.75 THEN ${pick(CITIES)} || ${pick(WORDS)} || ${pick(SUFFIXES)} END,
              '13' || lpad((floor(random() * 1e9))::bigint::text, 9, '0'),
              ${pick(CITIES)},
              CASE WHEN random() < 0.8 THEN ${pick(CITIES)} || '市' || (1 + floor(random() * 300))::int || '号' END,
              (ARRAY['regular','regular','regular','regular','regular','regular','vip','dealer','group_buy','regular'])[1 + floor(random() * 10)::int],
              ${agent}, now() - ${span}
         FROM generate_series($1::int, $2::int) i`,
      [from, to],
    ).then(() => undefined),
  );
  // Products: one each, a second for one in five; VIN-like serials, plates for vehicles.
  await batches(options.customers, 'customer products', (from, to) =>
    db.query(
      `INSERT INTO customer_products (customer_id, model, serial_no, plate, purchase_date, warranty_end, sold_via)
       SELECT ${customerId('i')}, ${model('i * n')}, ${serial('i', 'n')},
              CASE WHEN random() < 0.5 THEN '浙A' || lpad(((i * 7 + n) % 100000)::text, 5, '0') END, d, d + interval '2 years',
              CASE WHEN random() < 0.2 THEN 'secondary_outlet' ELSE 'direct' END
         FROM generate_series($1::int, $2::int) i, LATERAL (SELECT generate_series(1, CASE WHEN random() < 0.2 THEN 2 ELSE 1 END) AS n) k,
              LATERAL (SELECT (now() - ${span})::date AS d) p`,
      [from, to],
    ).then(() => undefined),
  );

  // Cases: seven in ten complaints, a quarter returns, the rest follow-up plans; older cases mostly closed.
  await batches(options.cases, 'cases', (from, to) =>
    db.query(
      `INSERT INTO case_records (case_no, kind, workflow_id, status, customer_id, category, severity, assigned_agent_code, escalation_level, summary, state_version, created_at,
                                 first_contacted_at, resolved_at, closed_at, satisfaction_score, cause, product_ref, product_model, department)
       SELECT no, kind, kind || '-' || no, status, ${customerId('k')}, category, 'normal', ${agent}, 0, category || '/normal via phone', 3, created,
              CASE WHEN status NOT IN ('registered','assigned','cancelled') THEN created + (random() ^ 3) * interval '72 hours' END,
              CASE WHEN status IN ('resolved','satisfaction_confirmed','closed','reopened') THEN created + random() * interval '8 days' END,
              CASE WHEN status IN ('closed','cancelled') THEN created + interval '8 days' + random() * interval '2 days' END,
              CASE WHEN status IN ('closed','reopened') AND random() < 0.85 THEN CASE WHEN status = 'reopened' THEN 1 + floor(random() * 2)::int ELSE 3 + floor(random() * 3)::int END END,
              CASE WHEN random() < 0.7 THEN ${pick(CAUSES)} END,
              CASE WHEN with_product THEN ${serial('k', '1')} END, CASE WHEN with_product THEN ${model('k')} END,
              CASE WHEN category = 'quality' AND random() < 0.5 THEN 'quality' END
         FROM (SELECT i, CASE WHEN r < 0.7 THEN 'complaint' WHEN r < 0.95 THEN 'return' ELSE 'followup' END AS kind,
                      now() - ${span} AS created, random() AS s, ${pick(['quality', 'quality', 'service', 'logistics', 'billing', 'other'])} AS category,
                      1 + floor(random() * ${options.customers})::int AS k, random() < 0.6 AS with_product
                 FROM (SELECT i, random() AS r FROM generate_series($1::int, $2::int) i) g) c,
              LATERAL (SELECT CASE kind WHEN 'complaint' THEN 'CP' WHEN 'return' THEN 'RT' ELSE 'FU' END || '-VOL-' || lpad(i::text, 8, '0') AS no,
                              CASE WHEN created < now() - interval '30 days'
                                   THEN CASE WHEN s < 0.9 THEN 'closed' WHEN s < 0.95 THEN 'cancelled' ELSE 'resolved' END
                                   ELSE (ARRAY['registered','assigned','contacted','forwarded','resolved','reopened','closed','cancelled'])[1 + floor(s * 8)::int] END AS status) n`,
      [from, to],
    ).then(() => undefined),
  );
  await db.query(
    `INSERT INTO sla_breaches (case_no, target, policy_code, policy_version, deadline, late_ms)
     SELECT case_no, 'first_contact', 'default', 1, created_at + interval '24 hours', 3600000 FROM case_records
      WHERE kind = 'complaint' AND case_no LIKE 'CP-VOL-%' AND first_contacted_at > created_at + interval '24 hours' ON CONFLICT DO NOTHING`,
  );
  log('SLA breaches: done');

  await batches(options.fileEvents, 'file events', (from, to) =>
    db.query(
      `INSERT INTO customer_file_events (kind, occurred_at, due_at, responsible_staff_code, customer_id, filed_at, created_by)
       SELECT kind, occurred, occurred + CASE kind WHEN 'deal' THEN interval '3 days' ELSE interval '2 days' END, ${agent},
              ${customerId(`1 + floor(random() * ${options.customers})::int`)}, CASE WHEN random() < 0.95 THEN occurred + random() * interval '4 days' END, 'volume'
         FROM (SELECT ${pick(['sale', 'delivery', 'repair', 'visit', 'deal'])} AS kind, now() - ${span} AS occurred FROM generate_series($1::int, $2::int) i) e`,
      [from, to],
    ).then(() => undefined),
  );

  const [{ present }] = await db.query(`SELECT to_regclass('follow_up_attempts') IS NOT NULL AND to_regclass('follow_up_calls') IS NOT NULL AS present`);
  if (!present) {
    log('follow-up calls: skipped, the follow-up tables are not installed');
  } else {
    await batches(options.followUpAttempts, 'follow-up calls and attempts', async (from, to) => {
      await db.query(
        `WITH calls AS (
           INSERT INTO follow_up_calls (plan_id, customer_id, tier, trigger, due_at, status, agent_code)
           SELECT 'volume-' || i, ${customerId(`1 + floor(random() * ${options.customers})::int`)}, 1 + floor(random() ^ 2 * 3)::int,
                  ${pick(['delivery', 'delivery', 'repair', 'shipment', 'monthly_sample', 'quarterly_repair'])}, now() - ${span}, 'done', ${agent}
             FROM generate_series($1::int, $2::int) i
           RETURNING id, customer_id, tier, due_at, agent_code)
         INSERT INTO follow_up_attempts (call_id, customer_id, tier, outcome, satisfaction_score, attempted_at, agent_code)
         SELECT id, customer_id, tier, o, CASE WHEN o = 'reached' AND random() < 0.9 THEN 1 + floor(random() * 5)::int END, due_at + random() * interval '2 days', agent_code
           FROM calls, LATERAL (SELECT ${pick(['reached', 'reached', 'reached', 'no_answer', 'busy', 'wrong_number'])} AS o) x`,
        [from, to],
      );
    });
  }
  // As autovacuum would in a running system: statistics, and the visibility map index-only scans rely on.
  log('VACUUM ANALYZE');
  await db.query('VACUUM ANALYZE');
}
