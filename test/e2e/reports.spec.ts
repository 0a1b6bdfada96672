import request from 'supertest';
import { CSV_BOM } from '@libs/reports/csv';
import { seedReportScenario } from '../support/report-scenario';
import { bearerFor } from '../support/sign-in';
import { startTestStack, TestStack } from '../support/test-stack';

// The reports management reads (C-11, F-12, K-1..K-8) on a seeded scenario whose every number is
// worked out by hand in test/support/report-scenario.ts; each report's CSV carries the same rows.
describe('reports (e2e)', () => {
  let stack: TestStack;
  let http: ReturnType<typeof request>;
  let manager: string;
  let agent: string;
  const PERIOD = { from: '2026-10-05', to: '2026-10-26' };

  beforeAll(async () => {
    stack = await startTestStack({ api: true, worker: false });
    http = request(stack.api!.getHttpServer());
    manager = (await bearerFor(stack.api!, stack.db, 'manager', { code: 'MGR-501' })).header;
    agent = (await bearerFor(stack.api!, stack.db, 'agent', { code: 'AG-599', status: 'absent' })).header;
    await seedReportScenario(stack.db);
  });
  afterAll(() => stack?.stop());

  const get = (path: string, query: Record<string, string> = PERIOD) => http.get(`/reports/${path}`).set('Authorization', manager).query(query);
  const rowsOf = async (path: string, query: Record<string, string> = PERIOD) => (await get(path, query).expect(200)).body.rows;

  it('C-11, C-2: complaints per week by category, cause, product, department and classification, with each week\'s total', async () => {
    const rows = await rowsOf('complaints/weekly');
    const week = (w: string, entries: Array<[string, string, number]>) => entries.map(([dimension, key, complaints]) => ({ week: w, dimension, key, complaints }));
    expect(rows).toEqual([
      ...week('2026-10-05', [
        ['category', 'logistics', 1], ['category', 'quality', 1], ['category', 'service', 1],
        ['cause', 'courier damage', 1], ['cause', 'solder joint', 1], ['cause', 'unknown', 1],
        ['product', 'EB-200', 1], ['product', 'SN-X9', 1], ['product', 'unknown', 1],
        ['department', 'after_sales', 2], ['department', 'quality', 1],
        ['classification', 'complaint', 3],
        ['total', 'all', 3],
      ]),
      ...week('2026-10-12', [
        ['category', 'quality', 2], ['category', 'billing', 1],
        ['cause', 'unknown', 2], ['cause', 'motor', 1],
        ['product', 'EB-200', 1], ['product', 'EB-300', 1], ['product', 'unknown', 1],
        ['department', 'quality', 2], ['department', 'after_sales', 1],
        ['classification', 'complaint', 3],
        ['total', 'all', 3],
      ]),
      ...week('2026-10-19', [
        ['category', 'quality', 1], ['category', 'service', 1],
        ['cause', 'unknown', 2],
        ['product', 'unknown', 2],
        ['department', 'after_sales', 2],
        ['classification', 'complaint', 2],
        ['total', 'all', 2],
      ]),
    ]);
  });

  it('C-11: the monthly complaint report: volume by category, handled, settled within the month, open, first response, breaches, key-part defects', async () => {
    const rows = await rowsOf('complaints/monthly', { from: '2026-09-01', to: '2026-11-01' });
    expect(rows).toEqual([
      {
        month: '2026-09', registered: 2, quality: 1, service: 1, logistics: 0, billing: 0, other: 0, cancelled: 0, handled: 2, settledWithinMonth: 1, open: 0,
        handlingRate: 1, handlingRateTarget: 0.98, settledWithinMonthShare: 0.5, firstResponseAvgHours: 4, scored: 2, satisfied: 2,
        serviceSatisfaction: 1, serviceSatisfactionTarget: 0.98, slaBreaches: 0, keyPartDefects: 0,
      },
      {
        month: '2026-10', registered: 10, quality: 5, service: 2, logistics: 1, billing: 1, other: 1, cancelled: 1, handled: 5, settledWithinMonth: 5, open: 4,
        handlingRate: 0.5556, handlingRateTarget: 0.98, settledWithinMonthShare: 0.5556, firstResponseAvgHours: 14.71, scored: 4, satisfied: 3,
        serviceSatisfaction: 0.75, serviceSatisfactionTarget: 0.98, slaBreaches: 3, keyPartDefects: 2,
      },
    ]);
  });

  it('K-1..K-8, C-5, A-4: every KPI with its value, its target from the rules and whether it is met', async () => {
    const body = (await get('kpis').expect(200)).body;
    const kpi = (id: string) => body.rows.find((r: { kpi: string }) => r.kpi === id);
    expect(body.rows.map((r: { kpi: string; value: number | null; target: number; met: boolean | null }) => [r.kpi, r.value, r.target, r.met])).toEqual([
      ['first_response_avg_hours', 15.83, 24, true], // K-1: (4+30+1+10+48+2)/6 h
      ['first_response_within_24h', 0.5714, 1, false], // K-1: 4 of 7 due (one never contacted)
      ['quality_closed_within_3_days', 0.25, 1, false], // C-5: 1 of 4 quality complaints
      ['follow_up_coverage_under_warranty', 1, 1, true], // K-3: C1 and C2 reached; C3's warranty ended
      ['customer_satisfaction', 0.6667, 0.85, false], // K-2: follow-up scores 5, 3, 4 (3 is unsatisfied, F-9)
      ['service_satisfaction', 0.6667, 0.98, false], // K-2: complaint scores 5, 2, 4
      ['complaint_handling_rate', 0.5714, 0.98, false], // K-4: 4 handled of 7 (one cancelled)
      ['survey_coverage', 0.6667, 0.95, false], // K-4: 2 scored of 3 past the call
      ['file_completeness', 0.5, 0.85, false], // A-4: C1 and C4 of four files
      ['late_file_hand_overs', 2, 0, false], // K-8: E2 late, E3 missing
      ['complaint_volume_change', 1.6667, -0.2, false], // K-5: 8 against 3
      ['parts_shipping_accuracy', null, 0.98, null], // L-5: no parts shipped in the period
    ]);
    expect(kpi('first_response_within_24h')).toMatchObject({ rule: 'K-1', unit: 'share', direction: 'at_least', numerator: 4, denominator: 7 });
    expect(kpi('late_file_hand_overs')).toMatchObject({ rule: 'K-8', numerator: 2, denominator: 4 });
    expect(kpi('complaint_volume_change')).toMatchObject({ rule: 'K-5', numerator: 8, denominator: 3 });
  });

  it('K-6: the monthly scorecard of each agent, each figure beside its target', async () => {
    const rows = await rowsOf('agents');
    const targets = { resolutionRateTarget: 0.98, firstResponseAvgHoursTarget: 24, firstResponseWithin24hTarget: 1, serviceSatisfactionTarget: 0.98, customerSatisfactionTarget: 0.85, lateFileHandOversTarget: 0 };
    expect(rows).toEqual([
      {
        month: '2026-10', agent: 'AG-501', agentName: '李娜', complaints: 3, resolved: 1, resolutionRate: 0.3333, firstResponseAvgHours: 27.33, firstResponseWithin24h: 0.3333,
        serviceSatisfaction: 0.5, followUpAttempts: 3, followUpReached: 2, customerSatisfaction: 0.5, lateFileHandOvers: 1, ...targets,
      },
      {
        month: '2026-10', agent: 'AG-502', agentName: '王芳', complaints: 4, resolved: 3, resolutionRate: 0.75, firstResponseAvgHours: 4.33, firstResponseWithin24h: 0.75,
        serviceSatisfaction: 1, followUpAttempts: 3, followUpReached: 1, customerSatisfaction: 1, lateFileHandOvers: 1, ...targets,
      },
    ]);
  });

  it('A-2/K-8: file hand-overs per staff member: due, on time, late, missing', async () => {
    expect(await rowsOf('file-hand-overs')).toEqual([
      { month: '2026-10', staff: 'AG-501', due: 2, onTime: 1, late: 1, overdue: 0, open: 0, breaches: 1, breachesTarget: 0 },
      { month: '2026-10', staff: 'AG-502', due: 2, onTime: 1, late: 0, overdue: 1, open: 0, breaches: 1, breachesTarget: 0 },
    ]);
  });

  it('A-4: file completeness overall, by agent and by region, against 85%', async () => {
    const row = (dimension: string, key: string, files: number, complete: number, share: number, missingOrganisation: number, missingAddress: number) => ({
      dimension, key, files, complete, share, target: 0.85, missingOrganisation, missingAddress,
    });
    expect(await rowsOf('file-completeness')).toEqual([
      row('total', 'all', 4, 2, 0.5, 1, 1),
      row('agent', 'AG-501', 2, 1, 0.5, 1, 0),
      row('agent', 'AG-502', 2, 1, 0.5, 0, 1),
      row('region', '江苏', 1, 0, 0, 1, 0),
      row('region', '浙江', 3, 2, 0.6667, 0, 1),
    ]);
  });

  describe('F-12: follow-up counts by tier and outcome, with missed call windows', () => {
    const row = (period: string, tier: number, c: number[], satisfaction: number | null) => {
      const [callsDue, missed, attempts, reached, noAnswer, busy, wrongNumber, scored, satisfied] = c;
      return { period, tier, callsDue, missed, attempts, reached, noAnswer, busy, wrongNumber, scored, satisfied, satisfaction, satisfactionTarget: 0.85 };
    };

    it.each([
      ['day', [
        row('2026-10-06', 1, [2, 0, 2, 1, 1, 0, 0, 1, 1], 1),
        row('2026-10-07', 1, [0, 0, 1, 1, 0, 0, 0, 1, 0], 0),
        row('2026-10-08', 1, [1, 1, 0, 0, 0, 0, 0, 0, 0], null),
        row('2026-10-13', 2, [2, 0, 2, 1, 0, 1, 0, 1, 1], 1),
        row('2026-10-20', 3, [1, 1, 1, 0, 0, 0, 1, 0, 0], null),
      ]],
      ['week', [
        row('2026-10-05', 1, [3, 1, 3, 2, 1, 0, 0, 2, 1], 0.5),
        row('2026-10-12', 2, [2, 0, 2, 1, 0, 1, 0, 1, 1], 1),
        row('2026-10-19', 3, [1, 1, 1, 0, 0, 0, 1, 0, 0], null),
      ]],
      ['month', [
        row('2026-10-01', 1, [3, 1, 3, 2, 1, 0, 0, 2, 1], 0.5),
        row('2026-10-01', 2, [2, 0, 2, 1, 0, 1, 0, 1, 1], 1),
        row('2026-10-01', 3, [1, 1, 1, 0, 0, 0, 1, 0, 0], null),
      ]],
    ])('F-12: by %s, missed call windows counted', async (by, expected) => {
      const body = (await get('follow-ups', { ...PERIOD, by }).expect(200)).body;
      expect(body.report).toBe(`follow-ups-${by === 'day' ? 'daily' : `${by}ly`}`);
      expect(body.rows).toEqual(expected);
    });
  });

  describe('CSV', () => {
    /** RFC 4180, enough for the reports: quoted fields with doubled quotes. */
    const parseCsv = (text: string): string[][] => {
      const rows: string[][] = [];
      let field = '';
      let row: string[] = [];
      let quoted = false;
      for (let i = 0; i < text.length; i += 1) {
        const ch = text[i];
        if (quoted) {
          if (ch === '"' && text[i + 1] === '"') (field += '"'), (i += 1);
          else if (ch === '"') quoted = false;
          else field += ch;
        } else if (ch === '"') quoted = true;
        else if (ch === ',') row.push(field), (field = '');
        else if (ch === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), (i += 1);
        else field += ch;
      }
      return rows;
    };
    const asText = (v: unknown) => (v === null || v === undefined ? '' : String(v));

    it.each([
      ['complaints/weekly', PERIOD],
      ['complaints/monthly', { from: '2026-09-01', to: '2026-11-01' }],
      ['kpis', PERIOD],
      ['agents', PERIOD],
      ['file-hand-overs', PERIOD],
      ['file-completeness', PERIOD],
      ['follow-ups', { ...PERIOD, by: 'week' }],
    ])('%s: the CSV download has the JSON rows, column for column', async (path, query) => {
      const json = (await get(path, query).expect(200)).body;
      const csv = await get(path, { ...query, format: 'csv' }).expect(200);
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(csv.headers['content-disposition']).toBe(`attachment; filename="${json.report}_${query.from}_${query.to}.csv"`);
      expect(csv.text.startsWith(CSV_BOM)).toBe(true);
      const [header, ...lines] = parseCsv(csv.text.slice(1));
      expect(header).toEqual(json.columns);
      expect(lines).toEqual(json.rows.map((r: Record<string, unknown>) => json.columns.map((c: string) => asText(r[c]))));
      expect(lines.length).toBeGreaterThan(0);
    });

    it('Accept: text/csv gets the CSV too; ?format=json wins over it', async () => {
      const viaAccept = await http.get('/reports/kpis').set('Authorization', manager).set('Accept', 'text/csv').query(PERIOD).expect(200);
      expect(viaAccept.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(viaAccept.text.split('\r\n')[0]).toBe(`${CSV_BOM}kpi,rule,label,unit,value,target,direction,met,numerator,denominator`);
      const json = await http.get('/reports/kpis').set('Authorization', manager).set('Accept', 'text/csv').query({ ...PERIOD, format: 'json' }).expect(200);
      expect(json.body.report).toBe('kpis');
    });
  });

  describe('bad requests', () => {
    it.each([
      ['kpis', { to: '2026-10-26' }, 'from'],
      ['kpis', { from: '2026-10-05' }, 'to'],
      ['complaints/weekly', { from: '2026-10-5', to: '2026-10-26' }, 'from'],
      ['complaints/weekly', { from: '2026-02-30', to: '2026-10-26' }, 'from'],
      ['complaints/monthly', { from: '2026-10-26', to: '2026-10-05' }, 'to'],
      ['complaints/monthly', { from: '2026-10-05', to: '2026-10-05' }, 'to'],
      ['agents', { from: '2020-01-01', to: '2026-01-01' }, 'to'],
      ['agents', { ...PERIOD, format: 'xlsx' }, 'format'],
      ['follow-ups', { ...PERIOD, by: 'hour' }, 'by'],
      ['file-completeness', { ...PERIOD, region: '浙江' }, 'property region'],
    ])('%s %j: 400 naming %s', async (path, query, field) => {
      const res = await get(path, query as Record<string, string>).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.field === field || String(res.body.message).startsWith(field)).toBe(true);
    });

    it('is for supervisors and up: an agent gets 403', async () => {
      await http.get('/reports/kpis').set('Authorization', agent).query(PERIOD).expect(403);
    });
  });
});
