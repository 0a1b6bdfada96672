import { Body, Controller, HttpCode, Post, Req, ServiceUnavailableException } from '@nestjs/common';
import type { RawBodyRequest } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { AnswerSender } from './answer-sender';
import { CourierDesk } from './courier-desk';
import { FinanceCalls } from './finance-calls';
import { QualityDesk } from './quality-desk';
import { SalesDesk } from './sales-desk';
import { requireSignedBy } from './signed-request';
import { SimulatedDepartments } from './simulated-departments';
import { DepartmentCallDto } from './simulator.dto';

/** Short calls answered in the response; `requestId` is the idempotency key. */
@ApiTags('departments')
@Controller('calls')
export class DepartmentCallsController {
  constructor(
    private readonly departments: SimulatedDepartments,
    private readonly sender: AnswerSender,
    private readonly finance: FinanceCalls,
    private readonly courier: CourierDesk,
    private readonly sales: SalesDesk,
    private readonly quality: QualityDesk,
  ) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'A short call to a department, answered in the response' })
  async call(@Body() call: DepartmentCallDto, @Req() req: RawBodyRequest<Request>) {
    requireSignedBy(this.sender, call.department, req);
    const behaviour = await this.departments.beforeCall(call.department);
    if (behaviour === 'fail') throw new ServiceUnavailableException({ code: 'SIMULATED_FAILURE', message: 'the department is unavailable (simulated failure)' });
    const result = this.dispatch(call);
    // The work is done but the answer never reaches the platform: the caller must retry with the same key.
    if (behaviour === 'lose-response') throw new ServiceUnavailableException({ code: 'SIMULATED_LOST_RESPONSE', message: 'the response was lost (simulated)' });
    return result;
  }

  private dispatch(call: DepartmentCallDto): unknown {
    switch (call.department) {
      case 'finance':
        return this.finance.handle(call.kind, call.requestId, call.payload);
      case 'courier':
        return this.courier.handle(call.kind, call.requestId, call.payload);
      case 'sales':
        return this.sales.handle(call.kind, call.requestId, call.payload);
      case 'quality':
        return this.quality.handle(call.kind, call.requestId, call.payload);
    }
  }
}
