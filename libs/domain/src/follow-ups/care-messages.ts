// Care and reminders: birthday greetings 2 to 7 days before (F-6), holiday greetings (F-6), and
// maintenance, annual inspection and insurance renewal reminders a week ahead (F-7). A daily run asks
// which messages are due on a local date; each has a dedupe key, so that a run repeated or caught up
// sends every message once. Texts are short (F-5). Pure: the date is given, no clock, no I/O.
import chineseDays from 'chinese-days/dist/chinese-days.json';
import { isoDateOf, MS_PER_DAY } from '../calendar/zoned-time';
import type { FollowUpPolicyTerms } from './follow-up-policy';

export type CareKind = 'birthday' | 'holiday' | 'maintenance' | 'inspection' | 'insurance';

export interface CareCustomer {
  customerNo: string;
  name: string;
  /** `YYYY-MM-DD`, or null when unknown. */
  birthday: string | null;
}

export interface CareProduct {
  productId: string;
  customerNo: string;
  name: string;
  model: string;
  plate: string | null;
  nextMaintenanceDate: string | null;
  inspectionDueDate: string | null;
  insuranceRenewalDate: string | null;
}

export interface CareMessage {
  dedupeKey: string;
  customerNo: string;
  kind: CareKind;
  subject: string;
  body: string;
  /** The message template the text comes from (`care_<kind>`) and its variables; the sender renders the stored one. */
  template: `care_${CareKind}`;
  variables: Record<string, string>;
}

/** F-5: one SMS segment of Chinese text. */
export const SHORT_MESSAGE_MAX = 70;

const dayOf = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
const short = (value: string, max: number) => (value.length > max ? value.slice(0, max) : value);

function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

/**
 * F-6: the birthday a greeting sent on `today` is for, when `today` is from `from` to `to` days
 * before it (7 to 2 by default). 29 February is celebrated on 28 February in other years.
 */
export function birthdayGreetedOn(birthday: string | null, today: string, window: { from: number; to: number }): string | undefined {
  if (!isIsoDate(birthday) || !isIsoDate(today)) return undefined;
  const t = dayOf(today);
  const year = Number(today.slice(0, 4));
  for (const y of [year, year + 1]) {
    const date = birthdayIn(birthday, y);
    const before = dayOf(date) - t;
    if (before >= window.to && before <= window.from) return date;
  }
  return undefined;
}

function birthdayIn(birthday: string, year: number): string {
  const md = birthday.slice(5);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${year}-${md === '02-29' && !leap ? '02-28' : md}`;
}

export interface HolidayBlock {
  /** English name as the holiday data has it, e.g. `Spring Festival`. */
  name: string;
  chineseName: string;
  firstDay: string;
}

/** Statutory holiday blocks (consecutive days of one holiday), from the same data as the business calendar. */
export function holidayBlocks(): HolidayBlock[] {
  const entries = Object.entries(chineseDays.holidays as Record<string, string>).sort(([a], [b]) => a.localeCompare(b));
  const blocks: HolidayBlock[] = [];
  let previous: { day: number; name: string } | undefined;
  for (const [date, label] of entries) {
    const [name, chineseName] = label.split(',');
    const day = dayOf(date);
    if (!previous || previous.name !== name || day !== previous.day + 1) blocks.push({ name, chineseName, firstDay: date });
    previous = { day, name };
  }
  return blocks;
}

const BLOCKS = holidayBlocks();

/** F-6: holidays whose greeting goes out on `today`: from `daysBefore` days before the first day until that day. */
export function holidaysGreetedOn(today: string, greeted: readonly string[], daysBefore: number): HolidayBlock[] {
  if (!isIsoDate(today)) return [];
  const t = dayOf(today);
  return BLOCKS.filter((b) => greeted.includes(b.name) && t >= dayOf(b.firstDay) - daysBefore && t <= dayOf(b.firstDay));
}

/** F-7: the reminders of a product due on `today`: a date from today up to `daysBefore` days ahead. */
export function remindersDueOn(product: CareProduct, today: string, daysBefore: number): Array<{ kind: 'maintenance' | 'inspection' | 'insurance'; date: string }> {
  if (!isIsoDate(today)) return [];
  const t = dayOf(today);
  const dates = [
    ['maintenance', product.nextMaintenanceDate],
    ['inspection', product.inspectionDueDate],
    ['insurance', product.insuranceRenewalDate],
  ] as const;
  return dates
    .filter(([, date]) => isIsoDate(date) && dayOf(date!) >= t && dayOf(date!) - t <= daysBefore)
    .map(([kind, date]) => ({ kind, date: date! }));
}

const REMINDER_TEXT = {
  maintenance: { subject: '保养提醒', what: '到保养时间，请提前预约' },
  inspection: { subject: '年审提醒', what: '到年审日期，请按时年审' },
  insurance: { subject: '续保提醒', what: '保险到期，请及时续保' },
} as const;

/** Every care message due on `today` for these customers and products (F-6, F-7). */
export function careMessagesOn(today: string, customers: readonly CareCustomer[], products: readonly CareProduct[], care: FollowUpPolicyTerms['care']): CareMessage[] {
  const messages: CareMessage[] = [];
  const holidays = holidaysGreetedOn(today, care.greetedHolidays, care.holidayGreetingDaysBefore);
  for (const customer of customers) {
    const name = short(customer.name, 8);
    const birthday = birthdayGreetedOn(customer.birthday, today, care.birthdayDaysBefore);
    if (birthday) {
      messages.push({
        dedupeKey: `care:birthday:${customer.customerNo}:${birthday.slice(0, 4)}`,
        customerNo: customer.customerNo,
        kind: 'birthday',
        template: 'care_birthday',
        variables: { name, month: String(Number(birthday.slice(5, 7))), day: String(Number(birthday.slice(8))) },
        subject: '生日祝福',
        body: `${name}您好，提前祝您${Number(birthday.slice(5, 7))}月${Number(birthday.slice(8))}日生日快乐！感谢您一直以来的支持。`,
      });
    }
    for (const holiday of holidays) {
      messages.push({
        dedupeKey: `care:holiday:${holiday.firstDay}:${customer.customerNo}`,
        customerNo: customer.customerNo,
        kind: 'holiday',
        template: 'care_holiday',
        variables: { name, holiday: holiday.chineseName },
        subject: `${holiday.chineseName}问候`,
        body: `${name}您好，${holiday.chineseName}将至，祝您和家人节日快乐！`,
      });
    }
  }
  for (const product of products) {
    for (const due of remindersDueOn(product, today, care.reminderDaysBefore)) {
      const text = REMINDER_TEXT[due.kind];
      const item = short(product.plate ? `${product.model}（${product.plate}）` : product.model, 20);
      messages.push({
        dedupeKey: `care:${due.kind}:${product.productId}:${due.date}`,
        customerNo: product.customerNo,
        kind: due.kind,
        template: `care_${due.kind}`,
        variables: { name: short(product.name, 8), item, month: String(Number(due.date.slice(5, 7))), day: String(Number(due.date.slice(8))) },
        subject: text.subject,
        body: `${short(product.name, 8)}您好，您的${item}将于${Number(due.date.slice(5, 7))}月${Number(due.date.slice(8))}日${text.what}。`,
      });
    }
  }
  return messages;
}

/** The local date `days` after an ISO date (negative: before). */
export function addDays(iso: string, days: number): string {
  return isoDateOf(dayOf(iso) + days);
}
