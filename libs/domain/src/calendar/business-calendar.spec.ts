import { CalendarSpec, calendarFor } from './business-calendar';

const HOUR = 3_600_000;
const at = (iso: string) => new Date(iso);
const iso = (date: Date) => date.toISOString();

const always = calendarFor({ kind: '24x7', timeZone: 'Asia/Shanghai' });
const shanghai = calendarFor({ kind: 'cn-working-hours', timeZone: 'Asia/Shanghai' });
const berlin = calendarFor({ kind: 'cn-working-hours', timeZone: 'Europe/Berlin' });

// 2026 as published in chinese-days 1.5.7 (holidays / adjusted working days, 调休):
//   New Year      Jan 1–3 off,            Sunday Jan 4 worked
//   Spring Fest.  Feb 15–23 off (9 days), Saturdays Feb 14 and Feb 28 worked
//   Tomb-sweeping Apr 4–6 off
//   Labour Day    May 1–5 off,            Saturday May 9 worked
//   Dragon Boat   Jun 19–21 off
//   Mid-Autumn    Sep 25–27 off
//   National Day  Oct 1–7 off,            Sunday Sep 20 and Saturday Oct 10 worked
// Shanghai has no DST, so every time below is written with +08:00; the default day is 09:00–18:00.

describe('24x7 calendar', () => {
  it.each([
    ['a day, holidays included', '2026-10-01T00:00+08:00', 24 * HOUR, '2026-10-02T00:00+08:00'],
    ['half an hour on a Saturday night', '2026-03-07T22:00+08:00', HOUR / 2, '2026-03-07T22:30+08:00'],
    ['nothing', '2026-03-07T22:00+08:00', 0, '2026-03-07T22:00+08:00'],
  ])('adds %s', (_, start, duration, expected) => {
    expect(iso(always.addBusinessTime(at(start), duration))).toBe(iso(at(expected)));
  });

  it.each([
    ['2026-02-13T17:00+08:00', '2026-02-24T10:00+08:00', 257 * HOUR],
    ['2026-02-24T10:00+08:00', '2026-02-13T17:00+08:00', 0],
  ])('counts elapsed time from %s to %s', (from, to, expected) => {
    expect(always.businessTimeBetween(at(from), at(to))).toBe(expected);
  });

  it('is always business time and needs no holiday data', () => {
    expect(always.isBusinessTime(at('2026-10-01T03:00+08:00'))).toBe(true);
    expect(always.coversYear(at('2099-06-01T00:00Z'))).toBe(true);
  });
});

describe('cn-working-hours calendar (Asia/Shanghai)', () => {
  it.each([
    ['Friday 17:00 + 2 h rolls over the weekend', '2026-03-06T17:00+08:00', 2, '2026-03-09T10:00+08:00'],
    ['a Saturday-night start counts from Monday opening', '2026-03-07T22:00+08:00', 1, '2026-03-09T10:00+08:00'],
    ['a start before opening counts from opening', '2026-03-09T07:30+08:00', 1, '2026-03-09T10:00+08:00'],
    ['a start after closing counts from the next opening', '2026-03-09T18:00+08:00', 0.5, '2026-03-10T09:30+08:00'],
    ['a full day ends at closing, not next morning', '2026-03-09T09:00+08:00', 9, '2026-03-09T18:00+08:00'],
    ['nothing, from outside hours, is the next opening', '2026-03-07T22:00+08:00', 0, '2026-03-09T09:00+08:00'],
    ['nothing, from inside hours, is the start', '2026-03-09T11:11+08:00', 0, '2026-03-09T11:11+08:00'],
    // C-3: 24 h of working time at 9 h a day = 2 working days + 6 h.
    ['C-3 first contact from Monday opening', '2026-03-09T09:00+08:00', 24, '2026-03-11T15:00+08:00'],
    ['C-3 first contact from Tuesday 14:30 (3.5 + 9 + 9 + 2.5)', '2026-03-10T14:30+08:00', 24, '2026-03-13T11:30+08:00'],
    ['C-3 first contact over a weekend (2 + 9 + 9 + 4)', '2026-03-12T16:00+08:00', 24, '2026-03-17T13:00+08:00'],
    ['C-6 supervisor report (2 days) over Mid-Autumn', '2026-09-24T11:00+08:00', 18, '2026-09-29T11:00+08:00'],
    ['C-5 quality closure (3 days) over Golden Week, ending on the worked Saturday', '2026-09-30T10:00+08:00', 27, '2026-10-10T10:00+08:00'],
    ['into the worked Saturday before Spring Festival', '2026-02-13T17:00+08:00', 2, '2026-02-14T10:00+08:00'],
    ['over the 9-day Spring Festival break', '2026-02-14T17:00+08:00', 2, '2026-02-24T10:00+08:00'],
    ['over New Year into the worked Sunday', '2025-12-31T17:00+08:00', 2, '2026-01-04T10:00+08:00'],
    ['over Labour Day', '2026-04-30T17:00+08:00', 2, '2026-05-06T10:00+08:00'],
    ['from inside working hours on a holiday', '2026-10-05T10:00+08:00', 1, '2026-10-08T10:00+08:00'],
    ['30 business days, skipping Tomb-sweeping Monday', '2026-03-02T09:00+08:00', 30 * 9, '2026-04-13T18:00+08:00'],
    ['all of 2026: 248 working days (261 weekdays - 13 statutory days)', '2026-01-01T00:00+08:00', 248 * 9, '2026-12-31T18:00+08:00'],
    ['into 2027, not yet published: New Year\'s Day is still a holiday', '2026-12-31T17:00+08:00', 2, '2027-01-04T10:00+08:00'],
  ])('adds: %s', (_, start, hours, expected) => {
    expect(iso(shanghai.addBusinessTime(at(start), hours * HOUR))).toBe(iso(at(expected)));
  });

  it.each([
    ['Friday 17:00 to Monday 10:00', '2026-03-06T17:00+08:00', '2026-03-09T10:00+08:00', 2],
    ['part of one morning', '2026-03-09T08:00+08:00', '2026-03-09T12:30+08:00', 3.5],
    ['Golden Week leaves three working days', '2026-09-30T09:00+08:00', '2026-10-09T18:00+08:00', 27],
    ['Spring Festival leaves Friday and the worked Saturday', '2026-02-13T09:00+08:00', '2026-02-24T09:00+08:00', 18],
    ['March 2026 has 22 working days', '2026-03-01T00:00+08:00', '2026-04-01T00:00+08:00', 22 * 9],
    ['all of 2026', '2026-01-01T00:00+08:00', '2027-01-01T00:00+08:00', 248 * 9],
    ['an empty interval', '2026-03-09T10:00+08:00', '2026-03-09T10:00+08:00', 0],
    ['a reversed interval', '2026-03-09T12:00+08:00', '2026-03-09T10:00+08:00', 0],
  ])('measures: %s', (_, from, to, hours) => {
    expect(shanghai.businessTimeBetween(at(from), at(to))).toBe(hours * HOUR);
  });

  it.each([
    ['opening is inclusive', '2026-03-09T09:00+08:00', true],
    ['closing is exclusive', '2026-03-09T18:00+08:00', false],
    ['the last millisecond before closing', '2026-03-09T17:59:59.999+08:00', true],
    ['an ordinary Saturday', '2026-03-07T10:00+08:00', false],
    ['worked Saturday Feb 14', '2026-02-14T10:00+08:00', true],
    ['worked Sunday Jan 4', '2026-01-04T10:00+08:00', true],
    ['worked Sunday Sep 20', '2026-09-20T10:00+08:00', true],
    ['worked Saturday Oct 10', '2026-10-10T10:00+08:00', true],
    ['Spring Festival Monday Feb 16', '2026-02-16T10:00+08:00', false],
    ['last Spring Festival day, Monday Feb 23', '2026-02-23T10:00+08:00', false],
    ['Mid-Autumn Friday Sep 25', '2026-09-25T10:00+08:00', false],
    ['Golden Week Wednesday Oct 7', '2026-10-07T10:00+08:00', false],
    ['Thursday Oct 8, back to work', '2026-10-08T10:00+08:00', true],
    ['New Year 2027 under the fallback: a fixed statutory holiday', '2027-01-01T10:00+08:00', false],
    ['a Monday under the fallback', '2027-01-04T10:00+08:00', true],
    ['a Saturday under the fallback', '2027-01-02T10:00+08:00', false],
    ['Labour Day 2027 under the fallback', '2027-05-03T10:00+08:00', true],
    ['1 October 2027 under the fallback', '2027-10-01T10:00+08:00', false],
  ])('business time: %s', (_, instant, expected) => {
    expect(shanghai.isBusinessTime(at(instant))).toBe(expected);
  });

  it.each([
    ['2026', 'Asia/Shanghai', '2026-06-01T12:00+08:00', true],
    ['2004, the first year published', 'Asia/Shanghai', '2004-01-01T12:00+08:00', true],
    ['2003', 'Asia/Shanghai', '2003-12-31T12:00+08:00', false],
    ['2027', 'Asia/Shanghai', '2027-03-01T12:00+08:00', false],
    ['the year in Shanghai, already 2027', 'Asia/Shanghai', '2026-12-31T17:00Z', false],
    ['the year in Berlin, still 2026', 'Europe/Berlin', '2026-12-31T17:00Z', true],
  ])('holiday data covers %s (%s, %s): %s', (_, timeZone, instant, expected) => {
    expect(calendarFor({ kind: 'cn-working-hours', timeZone }).coversYear(at(instant))).toBe(expected);
  });

  it('does not depend on the host time zone', () => {
    const hostZone = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      expect(shanghai.isBusinessTime(at('2026-10-10T10:00+08:00'))).toBe(true);
      expect(iso(shanghai.addBusinessTime(at('2026-09-30T10:00+08:00'), 27 * HOUR))).toBe(iso(at('2026-10-10T10:00+08:00')));
    } finally {
      if (hostZone === undefined) delete process.env.TZ;
      else process.env.TZ = hostZone;
    }
  });
});

describe('time zones with daylight saving', () => {
  // Europe/Berlin: CET (+01:00) until Sunday 2026-03-29 02:00, CEST (+02:00) until Sunday 2026-10-25 03:00.
  it.each([
    ['into summer time', '2026-03-27T17:00+01:00', '2026-03-30T10:00+02:00'],
    ['out of summer time', '2026-10-23T17:00+02:00', '2026-10-26T10:00+01:00'],
  ])('Berlin Friday 17:00 + 2 h %s is Monday 10:00 local', (_, start, expected) => {
    expect(iso(berlin.addBusinessTime(at(start), 2 * HOUR))).toBe(iso(at(expected)));
  });

  it.each([
    ['Monday 08:30 CEST (07:30 on last week\'s clock)', '2026-03-30T08:30+02:00', false],
    ['Monday 09:00 CEST', '2026-03-30T09:00+02:00', true],
    ['Monday 17:30 CEST', '2026-03-30T17:30+02:00', true],
    ['Monday 18:00 CEST', '2026-03-30T18:00+02:00', false],
  ])('Berlin business time after the change: %s', (_, instant, expected) => {
    expect(berlin.isBusinessTime(at(instant))).toBe(expected);
  });

  it('measures Berlin working hours across the change in local hours', () => {
    expect(berlin.businessTimeBetween(at('2026-03-27T09:00+01:00'), at('2026-03-30T18:00+02:00'))).toBe(18 * HOUR);
  });

  // Israel moves clocks 02:00 -> 03:00 on Friday 2026-03-27, a working day, so the change falls
  // inside a working day; Egypt repeats 23:00-24:00 on Thursday 2026-10-29.
  it.each([
    ['a day spanning the jump is an hour short', 'Asia/Jerusalem', '01:00', '05:00', '2026-03-27T00:00+02:00', '2026-03-28T00:00+03:00', 3],
    ['an opening inside the jump moves to 03:30', 'Asia/Jerusalem', '02:30', '06:00', '2026-03-27T00:00+02:00', '2026-03-28T00:00+03:00', 2.5],
    ['a closing inside a repeated hour takes its first occurrence', 'Africa/Cairo', '22:00', '23:30', '2026-10-29T00:00+03:00', '2026-10-30T00:00+02:00', 1.5],
  ])('%s', (_, timeZone, workdayStart, workdayEnd, from, to, hours) => {
    const calendar = calendarFor({ kind: 'cn-working-hours', timeZone, workdayStart, workdayEnd });
    expect(calendar.businessTimeBetween(at(from), at(to))).toBe(hours * HOUR);
  });

  it('adds across the Israeli jump in real elapsed time', () => {
    const calendar = calendarFor({ kind: 'cn-working-hours', timeZone: 'Asia/Jerusalem', workdayStart: '01:00', workdayEnd: '05:00' });
    expect(iso(calendar.addBusinessTime(at('2026-03-27T01:00+02:00'), 3 * HOUR))).toBe(iso(at('2026-03-27T05:00+03:00')));
    expect(calendar.isBusinessTime(at('2026-03-27T03:00+03:00'))).toBe(true);
  });
});

describe('businessTimeBetween inverts addBusinessTime', () => {
  // mulberry32: a small seeded generator, so every run draws the same cases.
  function seededRandom(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
    };
  }

  it.each([
    ['Asia/Shanghai', shanghai, 20_260_101],
    ['Europe/Berlin', berlin, 20_260_329],
  ])('for 200 seeded starts and durations across 2026 in %s', (_, calendar, seed) => {
    const random = seededRandom(seed);
    const yearStart = Date.parse('2026-01-01T00:00Z');
    for (let i = 0; i < 200; i++) {
      const start = new Date(yearStart + Math.floor(random() * 365 * 24 * HOUR));
      const duration = Math.floor(random() * 15 * 9 * HOUR);
      const end = calendar.addBusinessTime(start, duration);
      expect(calendar.businessTimeBetween(start, end)).toBe(duration);
      if (duration > 0) expect(calendar.isBusinessTime(new Date(end.getTime() - 1))).toBe(true);
    }
  });
});

describe('input validation', () => {
  it.each<[string, CalendarSpec, RegExp]>([
    ['an unknown time zone', { kind: 'cn-working-hours', timeZone: 'Mars/Olympus' }, /Unknown time zone: "Mars\/Olympus"/],
    ['an unknown time zone, even for 24x7', { kind: '24x7', timeZone: 'Shanghai' }, /Unknown time zone: "Shanghai"/],
    ['an unknown kind', { kind: 'nine-to-five' as never, timeZone: 'Asia/Shanghai' }, /Unknown calendar kind: "nine-to-five"/],
    ['a malformed opening', { kind: 'cn-working-hours', timeZone: 'Asia/Shanghai', workdayStart: '9:00' }, /workdayStart .* got "9:00"/],
    ['a closing past midnight', { kind: 'cn-working-hours', timeZone: 'Asia/Shanghai', workdayEnd: '24:00' }, /workdayEnd .* got "24:00"/],
    ['closing before opening', { kind: 'cn-working-hours', timeZone: 'Asia/Shanghai', workdayStart: '18:00', workdayEnd: '09:00' }, /workdayEnd "09:00" must be later than workdayStart "18:00"/],
    ['an empty working day', { kind: 'cn-working-hours', timeZone: 'Asia/Shanghai', workdayStart: '09:00', workdayEnd: '09:00' }, /workdayEnd "09:00"/],
  ])('refuses %s', (_, spec, message) => {
    expect(() => calendarFor(spec)).toThrow(RangeError);
    expect(() => calendarFor(spec)).toThrow(message);
  });

  it.each([
    ['24x7', always],
    ['cn-working-hours', shanghai],
  ])('%s refuses negative or non-finite durations and invalid dates', (_, calendar) => {
    const start = at('2026-03-09T10:00+08:00');
    expect(() => calendar.addBusinessTime(start, -1)).toThrow(/durationMs .* got -1/);
    expect(() => calendar.addBusinessTime(start, Number.NaN)).toThrow(/got NaN/);
    expect(() => calendar.addBusinessTime(start, Number.POSITIVE_INFINITY)).toThrow(/got Infinity/);
    expect(() => calendar.addBusinessTime(at('not a date'), 1)).toThrow(/start must be a valid Date, got Invalid Date/);
    expect(() => calendar.businessTimeBetween(start, at('nope'))).toThrow(/to must be a valid Date/);
    expect(() => calendar.isBusinessTime(at('nope'))).toThrow(RangeError);
  });
});
