import request from 'supertest';
import { AuditEventEntity } from '@libs/database';
import { toLocal, yearOf } from '@libs/domain/calendar/zoned-time';
import { eventually } from '../support/eventually';
import { bearerFor } from '../support/sign-in';
import { startTestStack, TestStack } from '../support/test-stack';

// Business calendars as data (C-3, C-5, C-6, K-1), over HTTP against the real API, database and worker.
describe('calendars API (e2e)', () => {
  let stack: TestStack;
  let http: ReturnType<typeof request>;
  let admin: string;
  let agent: string;
  // The package data stops at 2026; which of this year and the next lack a schedule depends on today.
  const thisYear = yearOf(toLocal(Date.now(), 'Asia/Shanghai').day);
  const missing = [thisYear, thisYear + 1].filter((y) => y > 2026);

  beforeAll(async () => {
    stack = await startTestStack({ api: true });
    http = request(stack.api!.getHttpServer());
    admin = (await bearerFor(stack.api!, stack.db, 'admin')).header;
    agent = (await bearerFor(stack.api!, stack.db, 'agent')).header;
  });
  afterAll(() => stack?.stop());

  it('lists the seeded China calendar to any staff role, warning loudly of each missing year', async () => {
    const res = await http.get('/calendars').set('Authorization', agent).expect(200);
    expect(res.body.items).toHaveLength(1);
    expect(res.body.items[0]).toMatchObject({ code: 'cn-working-hours', version: 1, timeZone: 'Asia/Shanghai', change: 'seeded from chinese-days 1.5.7', missingScheduleYears: missing });
    expect(res.body.items[0].scheduleYears.at(-1)).toBe(2026);
    expect(res.body.items[0].weeklyHours[1]).toEqual({ start: '09:00', end: '18:00' });
    if (missing.length) {
      expect(res.body.warnings).toEqual([expect.stringContaining(`no holiday schedule for ${missing.join(' and ')}`)]);
      expect(res.body.items[0].warning).toMatch(/only 1 January, 1 May and 1–3 October off/);
    }
    const detail = await http.get('/calendars/cn-working-hours').query({ year: 2026 }).set('Authorization', agent).expect(200);
    expect(detail.body.exceptions).toContainEqual({ date: '2026-02-14', kind: 'working_day', name: '春节', source: 'chinese-days 1.5.7' });
    expect(detail.body.exceptions.every((e: { date: string }) => e.date.startsWith('2026-'))).toBe(true);
  });

  it('says the missing schedule in the readiness body without making readiness fail', async () => {
    const res = await eventually(() => http.get('/health/ready'), (r) => r.status === 200);
    expect(res.status).toBe(200);
    expect(res.body.ready).toBe(true);
    expect(res.body.calendars.missingSchedules).toEqual(missing.length ? [expect.objectContaining({ code: 'cn-working-hours', version: 1, missingYears: missing })] : []);
    if (missing.length) expect(res.body.calendars.detail).toMatch(/^WARNING: holiday schedule missing for cn-working-hours/);
  });

  it('imports a year from a JSON list as the next version, audited, and the warning for that year goes', async () => {
    const entries = [
      { date: '2027-01-01', kind: 'holiday', name: '元旦' },
      { date: '2027-02-20', kind: 'working_day', name: '春节' },
    ];
    await http.post('/calendars/cn-working-hours/schedules').set('Authorization', agent).send({ year: 2027, source: 'x', entries }).expect(403);
    const res = await http.post('/calendars/cn-working-hours/schedules').set('Authorization', admin).send({ year: 2027, source: '国务院办公厅通知', entries }).expect(200);
    expect(res.body).toMatchObject({ version: 2, change: 'imported 2027 (2 days, JSON) from 国务院办公厅通知' });
    expect(res.body.scheduleYears.at(-1)).toBe(2027);
    expect(res.body.missingScheduleYears).not.toContain(2027);

    const v2 = await http.get('/calendars/cn-working-hours').query({ year: 2027 }).set('Authorization', agent).expect(200);
    expect(v2.body.exceptions).toEqual(entries.map((e) => ({ ...e, source: '国务院办公厅通知' })));
    expect(v2.body.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const v1 = await http.get('/calendars/cn-working-hours').query({ version: 1, year: 2027 }).set('Authorization', agent).expect(200);
    expect(v1.body.exceptions).toEqual([]);

    const audit = await stack.db.getRepository(AuditEventEntity).find({ where: { resource: 'calendar:cn-working-hours' } });
    expect(audit.map((a) => a.action)).toEqual(['calendar.import']);
  });

  it.each([
    ['both ical and entries', { ical: 'BEGIN:VCALENDAR', entries: [] }, 'ical', /exactly one of ical .* or entries/],
    ['neither', {}, 'ical', /exactly one of ical/],
    ['an event with a time', { ical: 'BEGIN:VEVENT\r\nDTSTART:20270101T000000Z\r\nSUMMARY:元旦 (休)\r\nEND:VEVENT' }, 'ical (VEVENT 1 "元旦 (休)")', /DTSTART must be an all-day date/],
    ['an event of unknown kind', { ical: 'BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270105\r\nSUMMARY:Offsite\r\nEND:VEVENT' }, 'ical (VEVENT 1 "Offsite")', /cannot tell holiday from working day/],
    ['a day of another year', { entries: [{ date: '2028-05-01', kind: 'holiday', name: '劳动节' }] }, 'entries[0]', /outside the 2027 schedule/],
    ['an unknown kind', { entries: [{ date: '2027-05-01', kind: 'rest', name: '劳动节' }] }, undefined, /entries\.0\.kind must be one of: holiday, working_day/],
  ])('refuses an import with %s, naming the field, writing nothing', async (_, body, field, message) => {
    const res = await http.post('/calendars/cn-working-hours/schedules').set('Authorization', admin).send({ year: 2027, source: 'x', ...body }).expect(400);
    if (field) expect(res.body.field).toBe(field);
    expect(JSON.stringify(res.body.message)).toMatch(message);
    const list = await http.get('/calendars').set('Authorization', agent).expect(200);
    expect(list.body.items[0].version).toBe(2);
  });

  it('creates a calendar with its own weekday hours and changes it as a new version; refuses bad hours by field', async () => {
    const week = [null, ...Array(5).fill({ start: '08:30', end: '17:30' }), { start: '09:00', end: '12:00' }];
    const terms = { name: '香港 Hong Kong', timeZone: 'asia/hong_kong', weeklyHours: week, exceptions: [{ date: '2027-01-01', kind: 'holiday', name: 'New Year' }] };
    await http.post('/calendars').set('Authorization', agent).send({ code: 'hk-working-hours', ...terms }).expect(403);
    const created = await http.post('/calendars').set('Authorization', admin).send({ code: 'hk-working-hours', ...terms }).expect(201);
    expect(created.body).toMatchObject({ code: 'hk-working-hours', version: 1, timeZone: 'Asia/Hong_Kong', scheduleYears: [2027], change: 'created' });
    await http.post('/calendars').set('Authorization', admin).send({ code: 'hk-working-hours', ...terms }).expect(409);

    const bad = await http.put('/calendars/hk-working-hours').set('Authorization', admin).send({ ...terms, weeklyHours: [null, { start: '18:00', end: '09:00' }, ...week.slice(2)] }).expect(400);
    expect(bad.body).toMatchObject({ field: 'weeklyHours[1].end', message: 'Monday: weeklyHours[1].end "09:00" must be later than weeklyHours[1].start "18:00"' });
    const twice = await http.put('/calendars/hk-working-hours').set('Authorization', admin).send({ ...terms, exceptions: [...terms.exceptions, { date: '2027-01-01', kind: 'working_day', name: 'x' }] }).expect(400);
    expect(twice.body.field).toBe('exceptions[1].date');

    const changed = await http.put('/calendars/hk-working-hours').set('Authorization', admin).send({ ...terms, weeklyHours: [null, ...week.slice(1, 6), null], change: 'no Saturday mornings' }).expect(200);
    expect(changed.body).toMatchObject({ version: 2, change: 'no Saturday mornings', weeklyHours: [null, ...week.slice(1, 6), null] });
    await http.put('/calendars/nope').set('Authorization', admin).send(terms).expect(404);
    await http.get('/calendars/hk-working-hours').query({ version: 9 }).set('Authorization', agent).expect(404);
  });
});
