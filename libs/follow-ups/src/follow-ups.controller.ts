import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { Acting } from '@libs/audit';
import { IdempotencyKey } from '@libs/cases/idempotency-key.decorator';
import { CASE_VERSION_HEADER, CaseReadQuery } from '@libs/cases/case-read.query';
import { caseReadResponse } from '@libs/cases/case-read-response';
import { ApiIdempotencyKey } from '@libs/http';
import { CurrentActor, Roles } from '@libs/auth/http/auth.decorators';
import { SUPERVISORS_AND_UP } from '@libs/domain/staff/access';
import { workflowIdFor } from '@libs/temporal/conventions';
import { CreateFollowUpDto, FollowUpCreatedDto } from './dto/create-follow-up.dto';
import { CancelFollowUpDto, ReassignFollowUpDto, RecordAttemptDto } from './dto/follow-up-actions.dto';
import { FollowUpDetailDto } from './dto/follow-up-response.dto';
import { FollowUpActionsService } from './follow-up-actions.service';
import { FollowUpIntakeService } from './follow-up-intake.service';

const CREATE_EXAMPLES = {
  delivery: { summary: 'F-1/F-2: delivery — 7DC on day 7, a second call a week later, one month, one year', value: { customerNo: 'CU-000002', trigger: 'delivery', occurredAt: '2026-11-24T10:00:00+08:00', reference: 'SO-20261124-88' } },
  secondaryOutlet: { summary: 'F-1: sold through a secondary outlet — first call on day 10', value: { customerNo: 'CU-000005', trigger: 'delivery', soldVia: 'secondary_outlet' } },
  repair: { summary: 'F-1/F-4: repair — 3DC within days 3 to 5; a large repair is sampled for the GM office', value: { customerNo: 'CU-000001', trigger: 'repair', repairAmountFen: 680_000, majorAccident: false } },
  shipment: { summary: 'F-1: shipment — day 3, received and intact?', value: { customerNo: 'CU-000004', trigger: 'shipment', reference: 'YT1234567890' } },
  dealer: { summary: 'F-1: dealer shipment — days 3, 7 and 21', value: { customerNo: 'CU-000003', trigger: 'dealer_shipment' } },
  newCustomer: { summary: 'A-6: new customer — contacted within 3 days', value: { customerNo: 'CU-000006', trigger: 'new_customer' } },
  event: { summary: 'F-8: event — phone two weeks ahead, then a letter', value: { customerNo: 'CU-000001', trigger: 'event_invitation', occurredAt: '2027-03-20T14:00:00+08:00', eventName: '2027 春季车主联谊会' } },
};

const ATTEMPT_EXAMPLES = {
  satisfied: {
    summary: 'Reached and satisfied, with a suggestion (F-9)',
    value: { outcome: 'reached', satisfactionScore: 5, answers: { identity_confirmed: true, thanked: true, use_explained: true, suggestions: 'Send a reminder before the first service' }, notes: 'Happy with the delivery' },
  },
  dissatisfied: {
    summary: 'Reached and dissatisfied: starts a linked complaint (F-10)',
    value: {
      outcome: 'reached',
      satisfactionScore: 2,
      answers: { identity_confirmed: true, thanked: true, use_explained: false, dissatisfied_with: 'Scratches on the frame at delivery', apologised: true, improvement_promised: true },
      complaintCategory: 'quality',
    },
  },
  intent: {
    summary: 'Purchase intent: a lead to the sales manager with the notes (F-11)',
    value: { outcome: 'reached', satisfactionScore: 4, answers: { identity_confirmed: true, thanked: true, use_explained: true }, purchaseIntent: { interest: 'A second EB-200 for his daughter' }, notes: 'Wants a quote before May' },
  },
  noAnswer: { summary: 'No answer: tried again later in the window (F-5)', value: { outcome: 'no_answer' } },
  wrongNumber: { summary: 'Wrong number: the call is missed and the supervisor told', value: { outcome: 'wrong_number', notes: 'Number belongs to someone else' } },
};

@ApiTags('follow-ups')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'Missing or invalid credentials' })
@ApiForbiddenResponse({ description: "Role not allowed, or the plan is another agent's" })
@Controller('follow-ups')
export class FollowUpsController {
  constructor(
    private readonly intake: FollowUpIntakeService,
    private readonly actions: FollowUpActionsService,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiIdempotencyKey()
  @ApiBody({ type: CreateFollowUpDto, examples: CREATE_EXAMPLES })
  @ApiCreatedResponse({ type: FollowUpCreatedDto, description: 'The plan number; its workflow `followup-<planId>` plans the calls from the policy' })
  @ApiOkResponse({ type: FollowUpCreatedDto, description: 'A retry with the same Idempotency-Key: the plan made before' })
  @ApiBadRequestResponse({ description: 'Invalid field; the message and `field` name it' })
  @ApiConflictResponse({ description: 'Idempotency-Key reused with another body' })
  async create(
    @CurrentActor() acting: Acting,
    @Body() dto: CreateFollowUpDto,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<FollowUpCreatedDto> {
    const result = await this.intake.register(acting, dto, idempotencyKey);
    if (!result.created) res.status(200);
    return { planId: result.planId, workflowId: workflowIdFor.followup(result.planId), created: result.created };
  }

  @Get(':planId')
  @ApiOkResponse({ type: FollowUpDetailDto, headers: CASE_VERSION_HEADER, description: 'As last recorded (or live with live=true): calls with due times, windows, attempts, scripts, links' })
  @ApiNotFoundResponse({ description: 'No such plan' })
  async get(@CurrentActor() acting: Acting, @Param('planId') planId: string, @Query() query: CaseReadQuery, @Res({ passthrough: true }) res: Response): Promise<FollowUpDetailDto> {
    return caseReadResponse(res, await this.actions.read(acting, planId, query.live === true));
  }

  @Post(':planId/calls/:callId/attempts')
  @HttpCode(200)
  @ApiBody({ type: RecordAttemptDto, examples: ATTEMPT_EXAMPLES })
  @ApiOkResponse({ type: FollowUpDetailDto, description: 'The attempt is stored (F-12); the plan as it stands after it' })
  @ApiBadRequestResponse({ description: 'Invalid field or an answer the script does not allow; `field` names it' })
  @ApiNotFoundResponse({ description: 'No such plan or call' })
  @ApiConflictResponse({ description: 'The call is not due (yet), already closed, or the plan has ended' })
  recordAttempt(@CurrentActor() acting: Acting, @Param('planId') planId: string, @Param('callId') callId: string, @Body() dto: RecordAttemptDto, @IdempotencyKey() key: string | undefined): Promise<FollowUpDetailDto> {
    return this.actions.recordAttempt(acting, planId, callId, dto, key);
  }

  @Post(':planId/cancel')
  @HttpCode(200)
  @Roles(...SUPERVISORS_AND_UP)
  @ApiOkResponse({ type: FollowUpDetailDto, description: 'The remaining calls are cancelled' })
  @ApiConflictResponse({ description: 'The plan has ended' })
  cancel(@CurrentActor() acting: Acting, @Param('planId') planId: string, @Body() dto: CancelFollowUpDto, @IdempotencyKey() key: string | undefined): Promise<FollowUpDetailDto> {
    return this.actions.cancel(acting, planId, dto.reason, key);
  }

  @Post(':planId/reassign')
  @HttpCode(200)
  @Roles(...SUPERVISORS_AND_UP)
  @ApiOkResponse({ type: FollowUpDetailDto, description: 'A-7: the open calls move to another staff member' })
  @ApiConflictResponse({ description: 'The plan has ended' })
  reassign(@CurrentActor() acting: Acting, @Param('planId') planId: string, @Body() dto: ReassignFollowUpDto, @IdempotencyKey() key: string | undefined): Promise<FollowUpDetailDto> {
    return this.actions.reassign(acting, planId, dto.agent, key);
  }
}
