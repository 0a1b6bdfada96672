import { CompleteAsyncError, Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import type { ActivityInterceptorsFactory } from '@temporalio/worker';
import { ActivityOutcome, MetricEvent, metricEventsFor } from './activity-metrics';
import type { PlatformMetrics } from './platform-metrics';

function outcomeOf(error: unknown): ActivityOutcome {
  if (error instanceof CompleteAsyncError) return 'sent';
  if (error instanceof ApplicationFailure && error.nonRetryable) return 'refused';
  return 'error';
}

/** Counts every activity execution (local ones too) and the business events it stands for. */
export function activityMetricsInterceptor(metrics: PlatformMetrics): ActivityInterceptorsFactory {
  return (ctx: Context) => ({
    inbound: {
      async execute(input, next) {
        const started = performance.now();
        const { activityType, currentAttemptScheduledTimestampMs } = ctx.info;
        const finish = (outcome: ActivityOutcome, result?: unknown) => {
          const seconds = (performance.now() - started) / 1000;
          metrics.activities.inc({ activity: activityType, outcome });
          metrics.activitySeconds.observe({ activity: activityType }, seconds);
          const sinceScheduledSeconds = Math.max(0, (Date.now() - currentAttemptScheduledTimestampMs) / 1000);
          for (const event of metricEventsFor({ activityType, input: input.args[0], result, outcome, seconds, sinceScheduledSeconds })) applyMetricEvent(metrics, event);
        };
        try {
          const result = await next(input);
          finish('ok', result);
          return result;
        } catch (error) {
          finish(outcomeOf(error));
          throw error;
        }
      },
    },
  });
}

function applyMetricEvent(metrics: PlatformMetrics, event: MetricEvent): void {
  switch (event.metric) {
    case 'departmentRequestSeconds':
      return metrics.departmentRequestSeconds.observe(event.labels, event.value);
    case 'readModelLag':
      return metrics.readModelLag.observe(event.labels, event.value);
    case 'casesClosed':
      return metrics.casesClosed.inc(event.labels);
    case 'escalations':
      return metrics.escalations.inc(event.labels);
    case 'slaBreaches':
      return metrics.slaBreaches.inc(event.labels);
    case 'refunds':
      return metrics.refunds.inc(event.labels);
    case 'departmentRequests':
      return metrics.departmentRequests.inc(event.labels);
  }
}
