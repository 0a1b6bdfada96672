import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { Acting } from '@libs/audit';
import { IdempotencyKey } from '@libs/cases/idempotency-key.decorator';
import { CASE_VERSION_HEADER, CaseReadQuery } from '@libs/cases/case-read.query';
import { caseReadResponse } from '@libs/cases/case-read-response';
import { CurrentActor, Roles } from '@libs/auth/http/auth.decorators';
import { ApiIdempotencyKey } from '@libs/http';
import { SUPERVISORS_AND_UP } from '@libs/domain/staff/access';
import { workflowIdFor } from '@libs/temporal/conventions';
import { ComplaintActionsService } from './complaint-actions.service';
import { ComplaintIntakeService } from './complaint-intake.service';
import { ComplaintQueriesService } from './complaint-queries.service';
import {
  CancelComplaintDto,
  ContactComplaintDto,
  ForwardComplaintDto,
  NoteDto,
  ReassignComplaintDto,
  ReopenComplaintDto,
  ResolveComplaintDto,
  SatisfactionDto,
  WaitForCustomerDto,
} from './dto/complaint-actions.dto';
import { CreateComplaintDto } from './dto/create-complaint.dto';
import { ComplaintCreatedDto, ComplaintDetailDto, ComplaintListDto } from './dto/complaint-response.dto';
import { ListComplaintsQuery } from './dto/list-complaints.query';

@ApiTags('complaints')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'Missing or invalid credentials' })
@ApiForbiddenResponse({ description: 'Role not allowed, or the case belongs to another agent' })
@Controller('complaints')
export class ComplaintsController {
  constructor(
    private readonly intake: ComplaintIntakeService,
    private readonly queries: ComplaintQueriesService,
    private readonly actions: ComplaintActionsService,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: ComplaintCreatedDto, description: 'The case number and workflow id of the registered complaint' })
  @ApiOkResponse({ type: ComplaintCreatedDto, description: 'A retry with the same Idempotency-Key: the case registered before' })
  @ApiBadRequestResponse({ description: 'Invalid field; the message names it' })
  @ApiConflictResponse({ description: 'Idempotency-Key reused with another body, or a customer file that cannot take a complaint' })
  async create(
    @CurrentActor() acting: Acting,
    @Body() dto: CreateComplaintDto,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ComplaintCreatedDto> {
    const result = await this.intake.register(acting, dto, idempotencyKey);
    if (!result.created) res.status(200);
    return { caseNo: result.caseNo, workflowId: workflowIdFor.complaint(result.caseNo), created: result.created };
  }

  @Get()
  @ApiOkResponse({ type: ComplaintListDto })
  list(@CurrentActor() acting: Acting, @Query() query: ListComplaintsQuery): Promise<ComplaintListDto> {
    return this.queries.list(acting, query);
  }

  /** The same list with the terms in the body: a name or phone in `q` stays out of URLs and access logs. */
  @Post('search')
  @HttpCode(200)
  @ApiOkResponse({ type: ComplaintListDto, description: 'The same list as GET /complaints, with the terms in the body; prefer it for names and phone numbers' })
  @ApiBadRequestResponse({ description: 'Invalid term; the message names it' })
  searchByBody(@CurrentActor() acting: Acting, @Body() terms: ListComplaintsQuery): Promise<ComplaintListDto> {
    return this.queries.list(acting, terms);
  }

  @Get(':caseNo')
  @ApiOkResponse({ type: ComplaintDetailDto, headers: CASE_VERSION_HEADER })
  async get(
    @CurrentActor() acting: Acting,
    @Param('caseNo') caseNo: string,
    @Query() query: CaseReadQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ComplaintDetailDto> {
    return caseReadResponse(res, await this.queries.read(acting, caseNo, query.live === true));
  }

  @Post(':caseNo/cancel')
  @HttpCode(200)
  @ApiOkResponse({ type: ComplaintDetailDto })
  @ApiConflictResponse({ description: 'The complaint is already resolved, closed or cancelled' })
  cancel(@CurrentActor() acting: Acting, @Param('caseNo') caseNo: string, @Body() dto: CancelComplaintDto, @IdempotencyKey() key: string | undefined): Promise<ComplaintDetailDto> {
    return this.actions.cancel(acting, caseNo, dto.reason, key);
  }

  @Post(':caseNo/reassign')
  @HttpCode(200)
  @ApiConflictResponse({ description: 'Not allowed in the current state; the message names it' })
  @Roles(...SUPERVISORS_AND_UP)
  @ApiOkResponse({ type: ComplaintDetailDto })
  reassign(@CurrentActor() acting: Acting, @Param('caseNo') caseNo: string, @Body() dto: ReassignComplaintDto, @IdempotencyKey() key: string | undefined): Promise<ComplaintDetailDto> {
    return this.actions.reassign(acting, caseNo, dto.agent, dto.reason, key);
  }

  @Post(':caseNo/contact')
  @HttpCode(200)
  @ApiOkResponse({ type: ComplaintDetailDto, description: 'C-3: first contact moves the case on; later calls are logged' })
  @ApiConflictResponse({ description: 'Not allowed in the current state; the message names it' })
  contact(@CurrentActor() acting: Acting, @Param('caseNo') caseNo: string, @Body() dto: ContactComplaintDto, @IdempotencyKey() key: string | undefined): Promise<ComplaintDetailDto> {
    return this.actions.contact(acting, caseNo, dto.summary, key);
  }

  @Post(':caseNo/wait-for-customer')
  @HttpCode(200)
  @ApiConflictResponse({ description: 'Not allowed in the current state; the message names it' })
  @ApiOkResponse({ type: ComplaintDetailDto, description: 'The SLA clock stops until resume or the next contact' })
  waitForCustomer(@CurrentActor() acting: Acting, @Param('caseNo') caseNo: string, @Body() dto: WaitForCustomerDto, @IdempotencyKey() key: string | undefined): Promise<ComplaintDetailDto> {
    return this.actions.waitForCustomer(acting, caseNo, dto.reason, key);
  }

  @Post(':caseNo/resume')
  @HttpCode(200)
  @ApiConflictResponse({ description: 'Not allowed in the current state; the message names it' })
  @ApiOkResponse({ type: ComplaintDetailDto })
  resume(@CurrentActor() acting: Acting, @Param('caseNo') caseNo: string, @IdempotencyKey() key: string | undefined): Promise<ComplaintDetailDto> {
    return this.actions.resume(acting, caseNo, key);
  }

  @Post(':caseNo/resolve')
  @HttpCode(200)
  @ApiOkResponse({ type: ComplaintDetailDto })
  @ApiConflictResponse({ description: 'Not allowed in the current state; the message names it' })
  resolve(@CurrentActor() acting: Acting, @Param('caseNo') caseNo: string, @Body() dto: ResolveComplaintDto, @IdempotencyKey() key: string | undefined): Promise<ComplaintDetailDto> {
    return this.actions.resolve(acting, caseNo, dto.remedy, dto.summary, dto.returnRequest, key);
  }

  @Post(':caseNo/satisfaction')
  @HttpCode(200)
  @ApiConflictResponse({ description: 'Not allowed in the current state; the message names it' })
  @ApiOkResponse({ type: ComplaintDetailDto, description: 'C-8: 3 or more closes the case, 2 or less reopens it; unreached 3 times closes it' })
  satisfaction(@CurrentActor() acting: Acting, @Param('caseNo') caseNo: string, @Body() dto: SatisfactionDto, @IdempotencyKey() key: string | undefined): Promise<ComplaintDetailDto> {
    return this.actions.recordSatisfaction(acting, caseNo, dto.reached, dto.score, dto.comment, key);
  }

  @Post(':caseNo/reopen')
  @HttpCode(200)
  @ApiConflictResponse({ description: 'Not allowed in the current state; the message names it' })
  @ApiOkResponse({ type: ComplaintDetailDto })
  reopen(@CurrentActor() acting: Acting, @Param('caseNo') caseNo: string, @Body() dto: ReopenComplaintDto, @IdempotencyKey() key: string | undefined): Promise<ComplaintDetailDto> {
    return this.actions.reopen(acting, caseNo, dto.reason, key);
  }

  @Post(':caseNo/note')
  @HttpCode(200)
  @ApiConflictResponse({ description: 'Not allowed in the current state; the message names it' })
  @ApiOkResponse({ type: ComplaintDetailDto, description: 'C-13: every call and note is logged on the case' })
  note(@CurrentActor() acting: Acting, @Param('caseNo') caseNo: string, @Body() dto: NoteDto, @IdempotencyKey() key: string | undefined): Promise<ComplaintDetailDto> {
    return this.actions.addNote(acting, caseNo, dto.text, key);
  }

  @Post(':caseNo/forward')
  @HttpCode(200)
  @ApiConflictResponse({ description: 'Not allowed in the current state; the message names it' })
  @ApiOkResponse({ type: ComplaintDetailDto, description: 'C-4: asks to hand the case to the quality department; a manager confirms' })
  forward(@CurrentActor() acting: Acting, @Param('caseNo') caseNo: string, @Body() dto: ForwardComplaintDto, @IdempotencyKey() key: string | undefined): Promise<ComplaintDetailDto> {
    return this.actions.requestForward(acting, caseNo, dto.note, key);
  }

  @Post(':caseNo/confirm-forward')
  @HttpCode(200)
  @ApiConflictResponse({ description: 'Not allowed in the current state; the message names it' })
  // C-7: the customer-service manager, i.e. the agents' supervisor or anyone above, confirms.
  @Roles(...SUPERVISORS_AND_UP)
  @ApiOkResponse({ type: ComplaintDetailDto, description: 'C-7: a supervisor or above confirms; the SLA clock stops while the department works' })
  confirmForward(@CurrentActor() acting: Acting, @Param('caseNo') caseNo: string, @IdempotencyKey() key: string | undefined): Promise<ComplaintDetailDto> {
    return this.actions.confirmForward(acting, caseNo, key);
  }
}
