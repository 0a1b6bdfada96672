import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { workflowIdFor } from '@libs/temporal/conventions';
import { ComplaintIntakeService } from './complaint-intake.service';
import { ComplaintQueriesService } from './complaint-queries.service';
import { CreateComplaintDto } from './dto/create-complaint.dto';
import { ComplaintDetailDto, ComplaintListDto } from './dto/complaint-response.dto';
import { ListComplaintsQuery } from './dto/list-complaints.query';

@ApiTags('complaints')
@Controller('complaints')
export class ComplaintsController {
  constructor(
    private readonly intake: ComplaintIntakeService,
    private readonly queries: ComplaintQueriesService,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retried POST with the same key returns the same case (200)' })
  @ApiCreatedResponse({ description: 'The case number and workflow id of the registered complaint' })
  @ApiBadRequestResponse({ description: 'Invalid field; the message names it' })
  @ApiConflictResponse({ description: 'Idempotency-Key reused with another body' })
  async create(
    @Body() dto: CreateComplaintDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<{ caseNo: string; workflowId: string; created: boolean }> {
    if (idempotencyKey !== undefined && !/^[\w.:-]{8,128}$/.test(idempotencyKey)) {
      throw new DomainError(DomainErrorCode.Validation, 'Idempotency-Key must be 8-128 characters of letters, digits, . _ : -', 'Idempotency-Key');
    }
    // Until staff authentication exists, the actor is the generic back office.
    const result = await this.intake.register(dto, 'back-office', idempotencyKey);
    if (!result.created) res.status(200);
    return { caseNo: result.caseNo, workflowId: workflowIdFor.complaint(result.caseNo), created: result.created };
  }

  @Get()
  @ApiOkResponse({ type: ComplaintListDto })
  list(@Query() query: ListComplaintsQuery): Promise<ComplaintListDto> {
    return this.queries.list(query);
  }

  @Get(':caseNo')
  @ApiOkResponse({ type: ComplaintDetailDto })
  get(@Param('caseNo') caseNo: string): Promise<ComplaintDetailDto> {
    return this.queries.getState(caseNo);
  }
}
