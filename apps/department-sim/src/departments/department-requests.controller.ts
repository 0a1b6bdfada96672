import { BadRequestException, Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import type { RawBodyRequest } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { AnswerSender } from './answer-sender';
import { ACCEPTED_KINDS } from './auto-answers';
import { requireSignedBy } from './signed-request';
import { SimulatedDepartments } from './simulated-departments';
import { DepartmentRequestDto } from './simulator.dto';

/** The departments' side of the protocol: requests from the platform, signed with the department's secret. */
@ApiTags('departments')
@Controller('requests')
export class DepartmentRequestsController {
  constructor(
    private readonly departments: SimulatedDepartments,
    private readonly sender: AnswerSender,
  ) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({ summary: 'A request to a department; answered later on its callbackUrl' })
  receive(@Body() request: DepartmentRequestDto, @Req() req: RawBodyRequest<Request>) {
    requireSignedBy(this.sender, request.department, req);
    if (!ACCEPTED_KINDS[request.department].includes(request.kind)) {
      throw new BadRequestException({ code: 'UNKNOWN_KIND', message: `the ${request.department} department does not handle ${request.kind}` });
    }
    return this.departments.receive(request);
  }
}
