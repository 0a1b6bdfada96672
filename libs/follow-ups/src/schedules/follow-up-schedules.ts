import { Client, ScheduleAlreadyRunning, ScheduleOverlapPolicy } from '@temporalio/client';
import type { CalendarSpec } from '@temporalio/client';
import { CaseType } from '@libs/temporal/search-attributes';
import type { CustomerCareInput, FollowUpSampleInput } from '@workflows/follow-ups/follow-up.contract';
import { BUSINESS_TIME_ZONE } from '@libs/domain/cases/business-time-zone';


export interface FollowUpScheduleDefinition {
  scheduleId: string;
  workflowType: 'followUpSampleWorkflow' | 'customerCareWorkflow';
  /** Scheduled runs get this id with the scheduled time appended; the sample's seed derives from it. */
  workflowId: string;
  args: [FollowUpSampleInput] | [CustomerCareInput];
  calendars: CalendarSpec[];
  note: string;
}

/** The Schedules of follow-up work, visible on the Temporal UI's Schedules page. */
export const FOLLOW_UP_SCHEDULES: readonly FollowUpScheduleDefinition[] = [
  {
    scheduleId: 'follow-up-tier2-monthly',
    workflowType: 'followUpSampleWorkflow',
    workflowId: 'follow-up-tier2-sample',
    args: [{ tier: 2 }],
    calendars: [{ dayOfMonth: 1, hour: 9, comment: 'F-3: the 1st of each month, 09:00' }],
    note: 'F-3 tier 2: each month customer service calls a sample of customers (size and rule: follow-up policy tier2)',
  },
  {
    scheduleId: 'follow-up-tier3-quarterly',
    workflowType: 'followUpSampleWorkflow',
    workflowId: 'follow-up-tier3-sample',
    args: [{ tier: 3 }],
    calendars: [{ month: ['JANUARY', 'APRIL', 'JULY', 'OCTOBER'], dayOfMonth: 1, hour: 9, comment: 'F-4: the first day of each quarter, 09:00' }],
    note: "F-4 tier 3: the general manager's office calls new customers a quarter after purchase and large-repair, major-accident and VIP repair customers (policy tier3)",
  },
  {
    scheduleId: 'customer-care-daily',
    workflowType: 'customerCareWorkflow',
    workflowId: 'customer-care',
    args: [{}],
    calendars: [{ hour: 10, minute: 30, comment: "F-6, F-7: collected every day at 10:30; each message waits for the customer's own call hours (F-5)" }],
    note: 'F-6 birthday and holiday greetings, F-7 maintenance, inspection and insurance reminders, by SMS',
  },
];

export interface ScheduleSetup {
  created: string[];
  present: string[];
}

/**
 * Creates the follow-up Schedules that do not exist yet; existing ones are left as operators set them
 * (paused, triggered, edited in the UI). Safe to run at every start-up and from several processes at once.
 */
export async function ensureFollowUpSchedules(client: Client, options: { taskQueue: string; paused: boolean }): Promise<ScheduleSetup> {
  const result: ScheduleSetup = { created: [], present: [] };
  for (const definition of FOLLOW_UP_SCHEDULES) {
    try {
      await client.schedule.create({
        scheduleId: definition.scheduleId,
        spec: { calendars: definition.calendars, timezone: BUSINESS_TIME_ZONE },
        action: {
          type: 'startWorkflow',
          workflowType: definition.workflowType,
          workflowId: definition.workflowId,
          taskQueue: options.taskQueue,
          args: definition.args,
          typedSearchAttributes: [{ key: CaseType, value: definition.workflowType === 'customerCareWorkflow' ? 'customer-care' : 'followup-sample' }],
          staticSummary: definition.note.split(':')[0],
          staticDetails: definition.note,
        },
        // A run that is late (server down at the time) still runs within a day; never two at once.
        policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 day' },
        state: { paused: options.paused, note: definition.note },
      });
      result.created.push(definition.scheduleId);
    } catch (error) {
      if (!(error instanceof ScheduleAlreadyRunning)) throw error;
      result.present.push(definition.scheduleId);
    }
  }
  return result;
}

/** FOLLOW_UP_SCHEDULES, or its default: active, but paused under NODE_ENV=test (tests trigger runs themselves). */
export function followUpSchedulesPaused(config: { FOLLOW_UP_SCHEDULES?: 'active' | 'paused'; NODE_ENV: string }): boolean {
  return (config.FOLLOW_UP_SCHEDULES ?? (config.NODE_ENV === 'test' ? 'paused' : 'active')) === 'paused';
}
