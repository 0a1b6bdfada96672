import { addDays, birthdayGreetedOn, CareCustomer, careMessagesOn, CareProduct, holidayBlocks, holidaysGreetedOn, remindersDueOn, SHORT_MESSAGE_MAX } from './care-messages';
import { DEFAULT_FOLLOW_UP_POLICY_TERMS } from './follow-up-policy';

const care = DEFAULT_FOLLOW_UP_POLICY_TERMS.care;
const window = care.birthdayDaysBefore;

describe('F-6 birthday greetings, 7 to 2 days before', () => {
  it.each([
    ['8 days before: not yet', '1990-07-21', '2026-07-13', undefined],
    ['7 days before: sent', '1990-07-21', '2026-07-14', '2026-07-21'],
    ['2 days before: still sent (a missed run catches up)', '1990-07-21', '2026-07-19', '2026-07-21'],
    ['1 day before: too late', '1990-07-21', '2026-07-20', undefined],
    ['across the new year', '1985-01-03', '2026-12-29', '2027-01-03'],
    ['29 February in a common year: on the 28th', '1996-02-29', '2027-02-22', '2027-02-28'],
    ['29 February in a leap year', '1996-02-29', '2028-02-23', '2028-02-29'],
    ['no birthday on file', null, '2026-07-14', undefined],
  ])('%s', (_case, birthday, today, expected) => {
    expect(birthdayGreetedOn(birthday, today, window)).toBe(expected);
  });
});

describe('F-6 holiday greetings', () => {
  it('reads the holiday blocks of the business calendar data', () => {
    const y2026 = holidayBlocks().filter((b) => b.firstDay.startsWith('2026'));
    expect(y2026.map((b) => `${b.firstDay} ${b.name}`)).toEqual([
      "2026-01-01 New Year's Day",
      '2026-02-15 Spring Festival',
      '2026-04-04 Tomb-sweeping Day',
      '2026-05-01 Labour Day',
      '2026-06-19 Dragon Boat Festival',
      '2026-09-25 Mid-autumn Festival',
      '2026-10-01 National Day',
    ]);
  });

  it.each([
    ['the eve of Spring Festival', '2026-02-14', ['Spring Festival']],
    ['the first day of National Day (a missed eve catches up)', '2026-10-01', ['National Day']],
    ['two days before National Day: not yet', '2026-09-29', []],
    ['Tomb-sweeping Day is not greeted', '2026-04-03', []],
    ['an ordinary day', '2026-11-24', []],
  ])('%s', (_case, today, names) => {
    expect(holidaysGreetedOn(today, care.greetedHolidays, care.holidayGreetingDaysBefore).map((b) => b.name)).toEqual(names);
  });
});

describe('F-7 reminders a week ahead', () => {
  const product: CareProduct = {
    productId: 'p1',
    customerNo: 'CU-000001',
    name: '王建国',
    model: 'EB-200',
    plate: '浙A12345',
    nextMaintenanceDate: '2026-12-01',
    inspectionDueDate: '2026-11-30',
    insuranceRenewalDate: '2027-03-01',
  };
  it.each([
    ['8 days before maintenance, 7 before inspection', '2026-11-23', ['inspection']],
    ['9 days before maintenance: nothing yet', '2026-11-22', []],
    ['7 days before maintenance, 6 before inspection', '2026-11-24', ['maintenance', 'inspection']],
    ['on the day itself (a missed run catches up)', '2026-12-01', ['maintenance']],
    ['after the date: nothing', '2026-12-02', []],
  ])('%s', (_case, today, kinds) => {
    expect(remindersDueOn(product, today, care.reminderDaysBefore).map((r) => r.kind)).toEqual(kinds);
  });

  it('writes every message short (F-5), with one dedupe key per customer, occasion and year', () => {
    const customers: CareCustomer[] = [{ customerNo: 'CU-000001', name: '王建国', birthday: '1978-12-01' }];
    const messages = careMessagesOn('2026-11-24', customers, [product], care);
    expect(messages.map((m) => [m.kind, m.dedupeKey])).toEqual([
      ['birthday', 'care:birthday:CU-000001:2026'],
      ['maintenance', 'care:maintenance:p1:2026-12-01'],
      ['inspection', 'care:inspection:p1:2026-11-30'],
    ]);
    for (const m of messages) expect(m.body.length).toBeLessThanOrEqual(SHORT_MESSAGE_MAX);
    expect(messages[1].body).toBe('王建国您好，您的EB-200（浙A12345）将于12月1日到保养时间，请提前预约。');
  });

  it('keeps long names and models within one message', () => {
    const long = { ...product, name: '欧阳'.repeat(10), model: 'X'.repeat(60) };
    for (const m of careMessagesOn('2026-11-24', [{ customerNo: 'CU-1', name: '长'.repeat(40), birthday: '2000-12-01' }], [long], care)) {
      expect(m.body.length).toBeLessThanOrEqual(SHORT_MESSAGE_MAX);
    }
  });

  it('steps dates by days', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
