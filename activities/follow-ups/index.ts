import type { Client } from '@temporalio/client';
import type { AppConfig } from '@libs/config';
import { DataSource } from 'typeorm';
import { createCustomerCareActivities } from './customer-care.activities';
import { createFollowUpComplaintActivities } from './follow-up-complaint.activities';
import { createFollowUpPlanActivities } from './follow-up-plan.activities';
import { createFollowUpSamplingActivities } from './follow-up-sampling.activities';
import { createFollowUpTriggerActivities } from './follow-up-trigger.activities';

/** Follow-up calls (F-1..F-12): plans, attempts, linked complaints, samples, plans started by events and care messages. */
export function createFollowUpActivities(deps: { dataSource: DataSource; temporal: Client; config: AppConfig }) {
  return {
    ...createFollowUpPlanActivities(deps.dataSource),
    ...createFollowUpComplaintActivities(deps),
    ...createFollowUpSamplingActivities(deps.dataSource),
    ...createFollowUpTriggerActivities(deps),
    ...createCustomerCareActivities(deps.dataSource),
  };
}
