import { Body, Controller, Get, HttpCode, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { Acting } from '@libs/audit';
import { IdempotencyKey } from '@libs/cases/idempotency-key.decorator';
import { CASE_VERSION_HEADER, CaseReadQuery } from '@libs/cases/case-read.query';
import { caseReadResponse } from '@libs/cases/case-read-response';
import { CurrentActor, Roles } from '@libs/auth/http/auth.decorators';
import { REFUND_CONFIRMERS, REFUND_RETRIERS, RETURN_GOODS_HANDLERS, RETURN_PAYMENT_CONFIRMERS, RETURN_READERS } from '@libs/domain/staff/access';
import { ApiIdempotencyKey } from '@libs/http';
import { workflowIdFor } from '@libs/temporal/conventions';
import { CREATE_RETURN_EXAMPLES, CreateReturnDto } from './dto/create-return.dto';
import { ListReturnsQuery } from './dto/list-returns.query';
import {
  ApproveReturnDto,
  CancelReturnDto,
  InspectReturnDto,
  ModifyReturnDto,
  PayShippingDto,
  ReceiveReturnDto,
  RejectReturnDto,
  ShipReturnDto,
} from './dto/return-actions.dto';
import { ReturnCreatedDto, ReturnDetailDto, ReturnListDto } from './dto/return-response.dto';
import { ReturnAccessGuard } from './return-access.guard';
import { ReturnActionsService } from './return-actions.service';
import { ReturnIntakeService } from './return-intake.service';
import { ReturnQueriesService } from './return-queries.service';

/**
 * Agents and up register returns; agents read and act on their own (ReturnAccessGuard), the warehouse
 * receives and inspects, finance confirms payments and retries refunds, supervisors and up do everything.
 */
@ApiTags('returns')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'Missing or invalid credentials' })
@ApiForbiddenResponse({ description: 'A role the action does not allow, or an agent on a return that is not theirs' })
@UseGuards(ReturnAccessGuard)
@Controller('returns')
export class ReturnsController {
  constructor(
    private readonly intake: ReturnIntakeService,
    private readonly queries: ReturnQueriesService,
    private readonly actions: ReturnActionsService,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Register a refund, return or exchange request (R-1, R-7, R-9)' })
  @ApiIdempotencyKey()
  @ApiBody({ type: CreateReturnDto, examples: CREATE_RETURN_EXAMPLES })
  @ApiCreatedResponse({ type: ReturnCreatedDto, description: 'The return number and workflow id' })
  @ApiOkResponse({ type: ReturnCreatedDto, description: 'An Idempotency-Key retry: the earlier return' })
  @ApiBadRequestResponse({ description: 'Invalid field, unknown customer or policy, or a no-reason return outside R-9; the message names the field' })
  @ApiConflictResponse({ description: 'Idempotency-Key reused with another body' })
  async create(
    @CurrentActor() acting: Acting,
    @Body() dto: CreateReturnDto,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ReturnCreatedDto> {
    const result = await this.intake.register(acting, dto, idempotencyKey);
    if (!result.created) res.status(200);
    return { returnNo: result.returnNo, workflowId: workflowIdFor.return(result.returnNo), created: result.created };
  }

  @Get()
  @Roles(...RETURN_READERS)
  @ApiOperation({ summary: 'The returns register (R-7) from the read model, newest first; agents see their own' })
  @ApiOkResponse({ type: ReturnListDto })
  list(@CurrentActor() acting: Acting, @Query() query: ListReturnsQuery): Promise<ReturnListDto> {
    return this.queries.list(query, acting.principal.role === 'agent' ? acting.principal.actor : undefined);
  }

  @Get(':returnNo')
  @Roles(...RETURN_READERS)
  @ApiOperation({ summary: 'The request as last recorded (or live with live=true): status, parcels, inspection, refund, deadlines, timeline' })
  @ApiOkResponse({ type: ReturnDetailDto, headers: CASE_VERSION_HEADER })
  @ApiNotFoundResponse({ description: 'No such return' })
  async get(@Param('returnNo') returnNo: string, @Query() query: CaseReadQuery, @Res({ passthrough: true }) res: Response): Promise<ReturnDetailDto> {
    return caseReadResponse(res, await this.queries.read(returnNo, query.live === true));
  }

  @Post(':returnNo/approve')
  @HttpCode(200)
  @ApiOperation({ summary: 'R-2: the seller agrees' })
  @ApiOkResponse({ type: ReturnDetailDto })
  @ApiConflictResponse({ description: 'The state does not allow it (the message names the state), or the return is finished' })
  approve(@CurrentActor() acting: Acting, @Param('returnNo') returnNo: string, @Body() dto: ApproveReturnDto, @IdempotencyKey() key: string | undefined): Promise<ReturnDetailDto> {
    return this.actions.approve(acting, returnNo, dto.note, key);
  }

  @Post(':returnNo/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'R-2: reject for the buyer to modify; once shipped, ask for a correction. R-3: a no-reason return cannot be rejected while requested' })
  @ApiOkResponse({ type: ReturnDetailDto })
  @ApiConflictResponse({ description: 'The state does not allow it, or R-3 forbids it' })
  reject(@CurrentActor() acting: Acting, @Param('returnNo') returnNo: string, @Body() dto: RejectReturnDto, @IdempotencyKey() key: string | undefined): Promise<ReturnDetailDto> {
    return this.actions.reject(acting, returnNo, dto.reason, key);
  }

  @Post(':returnNo/modify')
  @HttpCode(200)
  @ApiOperation({ summary: "R-1: the buyer's modification of a rejected request" })
  @ApiOkResponse({ type: ReturnDetailDto })
  @ApiConflictResponse({ description: 'The request is not rejected' })
  modify(@CurrentActor() acting: Acting, @Param('returnNo') returnNo: string, @Body() dto: ModifyReturnDto, @IdempotencyKey() key: string | undefined): Promise<ReturnDetailDto> {
    return this.actions.modify(acting, returnNo, { amountFen: dto.amountFen, description: dto.description }, key);
  }

  @Post(':returnNo/ship')
  @HttpCode(200)
  @ApiOperation({ summary: "R-4: the buyer's courier and waybill; tracked with the courier from now on (L-1)" })
  @ApiOkResponse({ type: ReturnDetailDto })
  @ApiConflictResponse({ description: 'The request is not agreed, or is refund only' })
  ship(@CurrentActor() acting: Acting, @Param('returnNo') returnNo: string, @Body() dto: ShipReturnDto, @IdempotencyKey() key: string | undefined): Promise<ReturnDetailDto> {
    return this.actions.ship(acting, returnNo, { courier: dto.courier, waybillNo: dto.waybillNo, method: dto.method }, key);
  }

  @Post(':returnNo/receive')
  @Roles(...RETURN_GOODS_HANDLERS)
  @HttpCode(200)
  @ApiOperation({ summary: 'R-4: the seller confirms receipt of the returned goods' })
  @ApiOkResponse({ type: ReturnDetailDto })
  @ApiConflictResponse({ description: 'Nothing is on its way back' })
  receive(@CurrentActor() acting: Acting, @Param('returnNo') returnNo: string, @Body() dto: ReceiveReturnDto, @IdempotencyKey() key: string | undefined): Promise<ReturnDetailDto> {
    return this.actions.receive(acting, returnNo, dto.note, key);
  }

  @Post(':returnNo/inspect')
  @Roles(...RETURN_GOODS_HANDLERS)
  @HttpCode(200)
  @ApiOperation({ summary: "R-5, R-6: the warehouse's return-detail sheet; refund or replacement follows from it" })
  @ApiOkResponse({ type: ReturnDetailDto })
  @ApiConflictResponse({ description: 'The goods have not been received' })
  inspect(@CurrentActor() acting: Acting, @Param('returnNo') returnNo: string, @Body() dto: InspectReturnDto, @IdempotencyKey() key: string | undefined): Promise<ReturnDetailDto> {
    return this.actions.inspect(acting, returnNo, { resellable: dto.resellable, qualityProblem: dto.qualityProblem, notes: dto.notes, photoRefs: dto.photoRefs }, key);
  }

  @Post(':returnNo/pay-shipping')
  @Roles(...RETURN_PAYMENT_CONFIRMERS)
  @HttpCode(200)
  @ApiOperation({ summary: "R-6: the customer paid the replacement's shipping; finance confirms it, then the replacement ships" })
  @ApiOkResponse({ type: ReturnDetailDto })
  @ApiConflictResponse({ description: 'No shipping fee is due' })
  payShipping(@CurrentActor() acting: Acting, @Param('returnNo') returnNo: string, @Body() dto: PayShippingDto, @IdempotencyKey() key: string | undefined): Promise<ReturnDetailDto> {
    return this.actions.payShipping(acting, returnNo, dto.paymentRef, key);
  }

  @Post(':returnNo/retry-refund')
  @Roles(...REFUND_RETRIERS)
  @HttpCode(200)
  @ApiOperation({ summary: 'R-4: ask finance again for a failed refund, under the same idempotency key' })
  @ApiOkResponse({ type: ReturnDetailDto })
  @ApiConflictResponse({ description: 'No failed refund to retry' })
  retryRefund(@CurrentActor() acting: Acting, @Param('returnNo') returnNo: string, @IdempotencyKey() key: string | undefined): Promise<ReturnDetailDto> {
    return this.actions.retryRefund(acting, returnNo, key);
  }

  @Post(':returnNo/refund-confirmation')
  @Roles(...REFUND_CONFIRMERS)
  @HttpCode(200)
  @ApiOperation({ summary: 'R-1, R-4: a finance person confirms a refund above the policy threshold; then finance is asked to pay' })
  @ApiOkResponse({ type: ReturnDetailDto })
  @ApiConflictResponse({ description: 'No refund awaits confirmation' })
  confirmRefund(@CurrentActor() acting: Acting, @Param('returnNo') returnNo: string, @IdempotencyKey() key: string | undefined): Promise<ReturnDetailDto> {
    return this.actions.confirmRefund(acting, returnNo, key);
  }

  @Post(':returnNo/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw the request before any goods are on their way' })
  @ApiOkResponse({ type: ReturnDetailDto })
  @ApiConflictResponse({ description: 'Goods are on their way, or the return is finished' })
  cancel(@CurrentActor() acting: Acting, @Param('returnNo') returnNo: string, @Body() dto: CancelReturnDto, @IdempotencyKey() key: string | undefined): Promise<ReturnDetailDto> {
    return this.actions.cancel(acting, returnNo, dto.reason, key);
  }
}
