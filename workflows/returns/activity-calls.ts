import { proxyActivities } from '@temporalio/workflow';
import type { PlatformActivities } from '../../activities';

// Database-backed activities: short, retried on infrastructure errors until they succeed.
const DB_CALL = { startToCloseTimeout: '10s', retry: { initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '30s' } } as const;

/** The platform's activities with the line the Temporal UI shows for this call. */
export const described = (summary: string) => proxyActivities<PlatformActivities>({ ...DB_CALL, summary });

/** L-1: a tracking query is a read; one that fails is simply asked again at the next poll. */
export const tracking = (summary: string) =>
  proxyActivities<PlatformActivities>({ startToCloseTimeout: '10s', scheduleToCloseTimeout: '30s', retry: { initialInterval: '1s', maximumInterval: '5s' }, summary });
