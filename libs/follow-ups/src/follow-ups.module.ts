import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CaseUpdateExecutor } from '@libs/cases/case-update-executor';
import { FollowUpPolicyEntity } from '@libs/database';
import { CustomerEventsController } from './customer-events/customer-events.controller';
import { CustomerEventsService } from './customer-events/customer-events.service';
import { MessageTemplatesController } from './message-templates/message-templates.controller';
import { MessageTemplatesService } from './message-templates/message-templates.service';
import { FollowUpActionsService } from './follow-up-actions.service';
import { FollowUpIntakeService } from './follow-up-intake.service';
import { FollowUpListController } from './follow-up-list.controller';
import { FollowUpListService } from './follow-up-list.service';
import { FollowUpsController } from './follow-ups.controller';
import { InboxController } from './inbox/inbox.controller';
import { InboxService } from './inbox/inbox.service';
import { OutboxController } from './outbox.controller';
import { OutboxService } from './outbox.service';
import { FollowUpPoliciesController } from './policies/follow-up-policies.controller';
import { FollowUpPoliciesService } from './policies/follow-up-policies.service';
import { WorklistController } from './worklist.controller';
import { WorklistService } from './worklist.service';

/** Follow-up calls (F-1..F-12): plans, the worklist, attempts, policies, the outbox, customer message templates and events (F-8). */
@Module({
  imports: [TypeOrmModule.forFeature([FollowUpPolicyEntity])],
  controllers: [FollowUpsController, FollowUpListController, WorklistController, OutboxController, InboxController, FollowUpPoliciesController, MessageTemplatesController, CustomerEventsController],
  providers: [FollowUpIntakeService, FollowUpListService, FollowUpActionsService, WorklistService, OutboxService, InboxService, FollowUpPoliciesService, CaseUpdateExecutor, MessageTemplatesService, CustomerEventsService],
})
export class FollowUpsModule {}
