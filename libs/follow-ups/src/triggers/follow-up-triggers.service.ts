import { Inject, Injectable } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { AppConfig, AppConfigToken } from '@libs/config';
import type { FollowUpEvent } from '@libs/domain/follow-ups/follow-up-triggers';
import { startFollowUpTrigger } from './start-follow-up-trigger';

/**
 * The API's side of follow-ups started by events (F-1, F-2, A-6): a new customer file, an A-2 file
 * event with its customer. Called last in the event's transaction, so that if Temporal refuses, the
 * event is not recorded either (503), and a retry records it and starts its plan.
 */
@Injectable()
export class FollowUpTriggers {
  constructor(
    private readonly temporal: Client,
    @Inject(AppConfigToken) private readonly config: AppConfig,
  ) {}

  emit(event: FollowUpEvent): Promise<void> {
    return startFollowUpTrigger(this.temporal, this.config.TEMPORAL_TASK_QUEUE, event);
  }
}
