// The follow-up policy: which calls a trigger plans and when (F-1, F-2, A-6, F-8), when calls are
// allowed (F-5), how unanswered calls are retried, what a score leads to (F-9, F-10), the tier-2 and
// tier-3 samples (F-3, F-4) and the care messages (F-6, F-7). Versioned data: a running plan keeps the
// version it started with. Durations are in seconds, so that tests and drills run whole plans in a minute.
import { CallHours, callHoursProblems, DEFAULT_CALL_HOURS } from './call-hours-terms';
import { FOLLOW_UP_TRIGGERS, FollowUpTrigger } from './follow-up-types';

export type QuestionType = 'yes_no' | 'text' | 'number';
export const QUESTION_TYPES: readonly QuestionType[] = ['yes_no', 'text', 'number'];

/** A question of the call script beyond the standard F-9 ones; its answer is stored under `id`. */
export interface ScriptQuestion {
  id: string;
  text: string;
  type: QuestionType;
  required: boolean;
}

/** One call of a plan. */
export interface FollowUpStep {
  /** Stable within the trigger's plan, e.g. `7dc`; part of the call id. */
  key: string;
  /** Shown on the worklist: what the call is for. */
  purpose: string;
  /** From the trigger's moment, or from the previous call's due time when `afterPrevious`; negative before it (F-8). */
  dueAfterSeconds: number;
  /** F-1: sales through secondary outlets are called later (day 10 instead of day 7). */
  secondaryOutletDueAfterSeconds?: number;
  afterPrevious?: boolean;
  /** How long after the due time the call may still be made; then it is missed. */
  windowSeconds: number;
  /** F-9: whether the script asks for satisfaction and a score (an invitation does not). */
  askSatisfaction: boolean;
  questions: ScriptQuestion[];
  /** F-8: after the call, the invitation follows by letter (within two days). */
  letterAfter?: boolean;
}

export const TIER2_SAMPLE_RULES = ['random', 'least_recently_called'] as const;
export type Tier2SampleRule = (typeof TIER2_SAMPLE_RULES)[number];

export interface FollowUpPolicyTerms {
  plans: Record<FollowUpTrigger, FollowUpStep[]>;
  /** F-5, in the customer's time zone. */
  callHours: CallHours;
  /** No answer or busy: try again this long later (at the next allowed slot), at most `maxAttempts` in all. */
  retry: { afterSeconds: number; maxAttempts: number };
  /** F-9: at or below this score the agent asks what was wrong, apologises and promises improvement. */
  unsatisfiedAtOrBelow: number;
  /** F-10: at or below this score a complaint is started (C-8 reopens at the same score). */
  complaintAtOrBelow: number;
  /** F-11: how long the sales department has to take a lead. */
  leadAnswerSeconds: number;
  /** F-3: the monthly sample. */
  tier2: { sampleSize: number; rule: Tier2SampleRule };
  /** F-4: the quarterly samples for the general manager's office. */
  tier3: { newCustomerSampleSize: number; repairSampleSize: number; largeRepairFen: number };
  /** F-6, F-7. */
  care: {
    birthdayDaysBefore: { from: number; to: number };
    holidayGreetingDaysBefore: number;
    /** Names as the holiday data spells them, e.g. `Spring Festival`. */
    greetedHolidays: string[];
    reminderDaysBefore: number;
  };
}

export interface FollowUpPolicy {
  code: string;
  version: number;
  terms: FollowUpPolicyTerms;
}

export const DEFAULT_FOLLOW_UP_POLICY_CODE = 'default';

const DAY = 86_400;

const yesNo = (id: string, text: string, required = true): ScriptQuestion => ({ id, text, type: 'yes_no', required });
const text = (id: string, question: string, required = true): ScriptQuestion => ({ id, text: question, type: 'text', required });

const secondCall: FollowUpStep = {
  key: 'second',
  purpose: 'Second follow-up, a week after the first (F-1)',
  dueAfterSeconds: 7 * DAY,
  afterPrevious: true,
  windowSeconds: 7 * DAY,
  askSatisfaction: true,
  questions: [text('topic', 'What the customer was interested in this time (no repeat of the first call)', false)],
};

const sampled = (key: string, purpose: string, windowDays: number): FollowUpStep[] => [
  { key, purpose, dueAfterSeconds: 0, windowSeconds: windowDays * DAY, askSatisfaction: true, questions: [] },
];

/** The seeded defaults, from F-1, F-2, A-6, F-3, F-4, F-5, F-6, F-7, F-8, F-9, F-10. */
export const DEFAULT_FOLLOW_UP_POLICY_TERMS: FollowUpPolicyTerms = {
  plans: {
    delivery: [
      {
        key: '7dc',
        purpose: 'First follow-up after delivery (7DC): product and delivery satisfaction (F-1)',
        dueAfterSeconds: 7 * DAY,
        secondaryOutletDueAfterSeconds: 10 * DAY,
        windowSeconds: 3 * DAY,
        askSatisfaction: true,
        questions: [yesNo('use_explained', 'Was the use of the product explained at delivery?'), text('product_issues', 'Any problem with the product so far', false)],
      },
      secondCall,
      { key: 'one_month', purpose: 'Periodic follow-up one month after purchase (F-2)', dueAfterSeconds: 30 * DAY, windowSeconds: 7 * DAY, askSatisfaction: true, questions: [] },
      { key: 'one_year', purpose: 'Periodic follow-up one year after purchase (F-2)', dueAfterSeconds: 365 * DAY, windowSeconds: 14 * DAY, askSatisfaction: true, questions: [] },
    ],
    repair: [
      {
        key: '3dc',
        purpose: 'Follow-up 3 to 5 days after the repair or service visit (3DC, F-1)',
        dueAfterSeconds: 3 * DAY,
        windowSeconds: 2 * DAY,
        askSatisfaction: true,
        questions: [yesNo('problem_solved', 'Is the problem solved?'), text('vehicle_use', 'How the product has been running since', false)],
      },
      secondCall,
    ],
    shipment: [
      {
        key: 'received_intact',
        purpose: 'Day 3 after shipment: received, and intact? (F-1)',
        dueAfterSeconds: 3 * DAY,
        windowSeconds: 2 * DAY,
        askSatisfaction: true,
        questions: [yesNo('received', 'Has the shipment arrived?'), yesNo('intact', 'Did it arrive intact?', false)],
      },
    ],
    dealer_shipment: [
      {
        key: 'received_intact',
        purpose: 'Day 3 after shipment: received and intact? Tell the dealer our stock (F-1)',
        dueAfterSeconds: 3 * DAY,
        windowSeconds: 2 * DAY,
        askSatisfaction: true,
        questions: [yesNo('received', 'Has the shipment arrived?'), yesNo('intact', 'Did it arrive intact?', false), yesNo('stock_told', 'Was the dealer told our stock?')],
      },
      {
        key: 'sell_through',
        purpose: 'Day 7 after shipment: sell-through and support needed (F-1)',
        dueAfterSeconds: 7 * DAY,
        windowSeconds: 3 * DAY,
        askSatisfaction: true,
        questions: [text('sell_through', 'Where and how fast the goods are selling'), text('support_needed', 'Leaflets, promotion material or other support needed', false)],
      },
      {
        key: 'market_feedback',
        purpose: 'Day 21 after shipment: market feedback and stock on hand (F-1)',
        dueAfterSeconds: 21 * DAY,
        windowSeconds: 7 * DAY,
        askSatisfaction: true,
        questions: [text('market_feedback', 'Market reaction; suggestions on product, channel, promotion'), { id: 'stock_on_hand', text: 'Units in stock at the dealer', type: 'number', required: true }],
      },
    ],
    new_customer: [
      {
        key: 'welcome',
        purpose: 'New customer: first contact within 3 days (A-6)',
        dueAfterSeconds: 0,
        windowSeconds: 3 * DAY,
        askSatisfaction: true,
        questions: [yesNo('contact_confirmed', 'Are the contact details in the file right?')],
      },
    ],
    event_invitation: [
      {
        key: 'invitation',
        purpose: 'Event invitation by phone two weeks ahead; the letter follows (F-8)',
        dueAfterSeconds: -14 * DAY,
        windowSeconds: 2 * DAY,
        askSatisfaction: false,
        questions: [yesNo('attending', 'Will the customer attend?', false)],
        letterAfter: true,
      },
    ],
    exchange_replacement: [
      {
        key: 'replacement_received',
        purpose: 'Day 3 after the replacement was delivered: received, intact, problem solved? (F-1)',
        dueAfterSeconds: 3 * DAY,
        windowSeconds: 2 * DAY,
        askSatisfaction: true,
        questions: [yesNo('intact', 'Did the replacement arrive intact?'), yesNo('problem_solved', 'Is the problem solved with the replacement?')],
      },
    ],
    complaint_call_back: [
      {
        key: 'after_department',
        purpose: 'Call again after the department acted on the complaint: is the customer satisfied now? (F-10)',
        dueAfterSeconds: DAY,
        windowSeconds: 3 * DAY,
        askSatisfaction: true,
        questions: [yesNo('department_action_known', 'Does the customer know what the department did?'), text('remaining_concern', 'What still concerns the customer', false)],
      },
    ],
    monthly_sample: sampled('monthly_sample', 'Monthly sample call by customer service (tier 2, F-3)', 7),
    quarterly_new_customer: sampled('quarterly_new_customer', "General manager's office: new customer a quarter after purchase (tier 3, F-4)", 14),
    quarterly_repair: sampled('quarterly_repair', "General manager's office: large repair, major accident or VIP (tier 3, F-4)", 14),
  },
  callHours: DEFAULT_CALL_HOURS,
  retry: { afterSeconds: 2 * 3600, maxAttempts: 3 },
  unsatisfiedAtOrBelow: 3,
  complaintAtOrBelow: 2,
  leadAnswerSeconds: DAY,
  tier2: { sampleSize: 20, rule: 'random' },
  tier3: { newCustomerSampleSize: 10, repairSampleSize: 10, largeRepairFen: 500_000 },
  care: {
    birthdayDaysBefore: { from: 7, to: 2 },
    holidayGreetingDaysBefore: 1,
    greetedHolidays: ["New Year's Day", 'Spring Festival', 'Labour Day', 'Mid-autumn Festival', 'National Day'],
    reminderDaysBefore: 7,
  },
};

/** Limits that catch typos (a year in seconds typed as milliseconds) without getting in the way. */
export const MAX_OFFSET_SECONDS = 2 * 365 * DAY;
export const MAX_WINDOW_SECONDS = 90 * DAY;
export const MAX_SAMPLE_SIZE = 1000;
const STEP_KEY = /^[a-z0-9][a-z0-9_]{0,39}$/;
const QUESTION_ID = /^[a-z][a-z0-9_]{0,39}$/;
/** Answer ids the standard F-9 script uses; a policy question may not take them. */
export const STANDARD_ANSWER_IDS = ['identity_confirmed', 'thanked', 'suggestions', 'dissatisfied_with', 'apologised', 'improvement_promised'] as const;

const TERM_KEYS = ['plans', 'callHours', 'retry', 'unsatisfiedAtOrBelow', 'complaintAtOrBelow', 'leadAnswerSeconds', 'tier2', 'tier3', 'care'] as const satisfies ReadonlyArray<keyof FollowUpPolicyTerms>;

export interface PolicyProblem {
  field: string;
  message: string;
}

const whole = (value: unknown, min: number, max: number) => Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

/** Every problem of a set of terms, each naming its field (`plans.delivery[0].windowSeconds`); empty when usable. */
export function followUpPolicyProblems(terms: FollowUpPolicyTerms): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const need = (ok: boolean, field: string, message: string) => {
    if (!ok) problems.push({ field, message: `${field} ${message}` });
  };
  if (!terms || typeof terms !== 'object') return [{ field: 'terms', message: 'terms must be an object' }];
  for (const key of Object.keys(terms)) {
    if (!(TERM_KEYS as readonly string[]).includes(key)) problems.push({ field: key, message: `${key} is not a term of a follow-up policy; the terms are ${TERM_KEYS.join(', ')}` });
  }
  if (!terms.plans || typeof terms.plans !== 'object') {
    problems.push({ field: 'plans', message: `plans must be an object with a list of calls for each trigger: ${FOLLOW_UP_TRIGGERS.join(', ')}` });
  } else {
    for (const key of Object.keys(terms.plans)) need((FOLLOW_UP_TRIGGERS as readonly string[]).includes(key), `plans.${key}`, `is not a trigger; triggers are ${FOLLOW_UP_TRIGGERS.join(', ')}`);
    for (const trigger of FOLLOW_UP_TRIGGERS) problems.push(...stepProblems(terms.plans[trigger], `plans.${trigger}`));
  }
  problems.push(...callHoursProblems(terms.callHours));
  need(whole(terms.retry?.afterSeconds, 1, MAX_WINDOW_SECONDS), 'retry.afterSeconds', `must be a whole number of seconds from 1 to ${MAX_WINDOW_SECONDS}`);
  need(whole(terms.retry?.maxAttempts, 1, 10), 'retry.maxAttempts', 'must be a whole number from 1 to 10');
  need(whole(terms.unsatisfiedAtOrBelow, 1, 5), 'unsatisfiedAtOrBelow', 'must be a score from 1 to 5');
  need(whole(terms.complaintAtOrBelow, 0, 5), 'complaintAtOrBelow', 'must be a score from 0 (never) to 5');
  need(whole(terms.leadAnswerSeconds, 1, MAX_WINDOW_SECONDS), 'leadAnswerSeconds', `must be a whole number of seconds from 1 to ${MAX_WINDOW_SECONDS}`);
  need(whole(terms.tier2?.sampleSize, 0, MAX_SAMPLE_SIZE), 'tier2.sampleSize', `must be a whole number from 0 to ${MAX_SAMPLE_SIZE}`);
  need((TIER2_SAMPLE_RULES as readonly string[]).includes(terms.tier2?.rule), 'tier2.rule', `must be one of: ${TIER2_SAMPLE_RULES.join(', ')}`);
  need(whole(terms.tier3?.newCustomerSampleSize, 0, MAX_SAMPLE_SIZE), 'tier3.newCustomerSampleSize', `must be a whole number from 0 to ${MAX_SAMPLE_SIZE}`);
  need(whole(terms.tier3?.repairSampleSize, 0, MAX_SAMPLE_SIZE), 'tier3.repairSampleSize', `must be a whole number from 0 to ${MAX_SAMPLE_SIZE}`);
  need(whole(terms.tier3?.largeRepairFen, 0, 1_000_000_000), 'tier3.largeRepairFen', 'must be a whole number of fen from 0 to 1000000000');
  const care = terms.care;
  need(whole(care?.birthdayDaysBefore?.from, 0, 60) && whole(care?.birthdayDaysBefore?.to, 0, 60), 'care.birthdayDaysBefore', 'must be { from, to } whole days from 0 to 60');
  if (care?.birthdayDaysBefore && care.birthdayDaysBefore.to > care.birthdayDaysBefore.from) {
    problems.push({ field: 'care.birthdayDaysBefore', message: 'care.birthdayDaysBefore.from (the earliest, e.g. 7) must be at least .to (the latest, e.g. 2)' });
  }
  need(whole(care?.holidayGreetingDaysBefore, 0, 30), 'care.holidayGreetingDaysBefore', 'must be a whole number of days from 0 to 30');
  need(Array.isArray(care?.greetedHolidays) && care.greetedHolidays.every((h) => typeof h === 'string' && h.trim().length > 0), 'care.greetedHolidays', 'must be a list of holiday names');
  need(whole(care?.reminderDaysBefore, 0, 60), 'care.reminderDaysBefore', 'must be a whole number of days from 0 to 60');
  return problems;
}

function stepProblems(steps: FollowUpStep[] | undefined, path: string): PolicyProblem[] {
  if (!Array.isArray(steps)) return [{ field: path, message: `${path} must be a list of calls (it may be empty)` }];
  const problems: PolicyProblem[] = [];
  const keys = new Set<string>();
  steps.forEach((step, i) => {
    const at = `${path}[${i}]`;
    const need = (ok: boolean, field: string, message: string) => {
      if (!ok) problems.push({ field: `${at}.${field}`, message: `${at}.${field} ${message}` });
    };
    if (!step || typeof step !== 'object') {
      problems.push({ field: at, message: `${at} must be an object` });
      return;
    }
    need(typeof step.key === 'string' && STEP_KEY.test(step.key) && !keys.has(step.key), 'key', 'must be 1-40 lower-case letters, digits or _, unique in the plan');
    keys.add(step.key);
    need(typeof step.purpose === 'string' && step.purpose.trim().length > 0 && step.purpose.length <= 200, 'purpose', 'must be a text of 1-200 characters');
    need(whole(step.dueAfterSeconds, -MAX_OFFSET_SECONDS, MAX_OFFSET_SECONDS), 'dueAfterSeconds', `must be a whole number of seconds within ±${MAX_OFFSET_SECONDS}`);
    if (step.secondaryOutletDueAfterSeconds !== undefined && step.secondaryOutletDueAfterSeconds !== null) {
      need(whole(step.secondaryOutletDueAfterSeconds, -MAX_OFFSET_SECONDS, MAX_OFFSET_SECONDS), 'secondaryOutletDueAfterSeconds', `must be a whole number of seconds within ±${MAX_OFFSET_SECONDS}`);
    }
    need(step.afterPrevious === undefined || typeof step.afterPrevious === 'boolean', 'afterPrevious', 'must be true or false');
    need(!(step.afterPrevious && i === 0), 'afterPrevious', 'cannot be set on the first call of a plan');
    need(whole(step.windowSeconds, 1, MAX_WINDOW_SECONDS), 'windowSeconds', `must be a whole number of seconds from 1 to ${MAX_WINDOW_SECONDS}`);
    need(typeof step.askSatisfaction === 'boolean', 'askSatisfaction', 'must be true or false');
    need(step.letterAfter === undefined || typeof step.letterAfter === 'boolean', 'letterAfter', 'must be true or false');
    if (!Array.isArray(step.questions)) {
      need(false, 'questions', 'must be a list (it may be empty)');
      return;
    }
    const ids = new Set<string>();
    step.questions.forEach((q, j) => {
      const qa = `questions[${j}]`;
      need(
        typeof q?.id === 'string' && QUESTION_ID.test(q.id) && !ids.has(q.id) && !(STANDARD_ANSWER_IDS as readonly string[]).includes(q.id),
        `${qa}.id`,
        `must be 1-40 lower-case letters, digits or _, unique, and not one of the standard answers (${STANDARD_ANSWER_IDS.join(', ')})`,
      );
      ids.add(q?.id);
      need(typeof q?.text === 'string' && q.text.trim().length > 0 && q.text.length <= 300, `${qa}.text`, 'must be a text of 1-300 characters');
      need(QUESTION_TYPES.includes(q?.type), `${qa}.type`, `must be one of: ${QUESTION_TYPES.join(', ')}`);
      need(typeof q?.required === 'boolean', `${qa}.required`, 'must be true or false');
    });
  });
  return problems;
}
