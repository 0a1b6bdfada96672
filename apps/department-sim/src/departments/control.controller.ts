import { Body, Controller, Get, NotFoundException, Param, ParseEnumPipe, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Department, DEPARTMENTS } from '@libs/departments/protocol';
import { missingClaimItems } from './claim-check';
import { CourierDesk } from './courier-desk';
import { QualityDesk } from './quality-desk';
import { FinanceLedger } from './finance-ledger';
import { SimulatedDepartments } from './simulated-departments';
import { CourierControlDto, DepartmentControlDto, ManualAnswerDto, OrderPaymentControlDto, StockControlDto, WaybillOutcomeDto } from './simulator.dto';
import { SalesDesk } from './sales-desk';

const DEPARTMENT_ENUM = Object.fromEntries(DEPARTMENTS.map((d) => [d, d]));

/** For tests and demos: how each department behaves, and answering manual-mode requests by hand. */
@ApiTags('control')
@Controller('control')
export class ControlController {
  constructor(
    private readonly departments: SimulatedDepartments,
    private readonly ledger: FinanceLedger,
    private readonly courier: CourierDesk,
    private readonly qualityDesk: QualityDesk,
    private readonly sales: SalesDesk,
  ) {}

  @Put('stock/:sku')
  @ApiOperation({ summary: 'How many of a SKU the sales department has on hand (L-4 stock checks; 100 unless set)' })
  stock(@Param('sku') sku: string, @Body() body: StockControlDto) {
    this.sales.setOnHand(sku, body.onHand);
    return { sku, onHand: body.onHand };
  }

  @Put('orders/:orderRef/payment')
  @ApiOperation({ summary: "Whether finance has received an order's payment (L-4 payment checks; paid unless set)" })
  orderPayment(@Param('orderRef') orderRef: string, @Body() body: OrderPaymentControlDto) {
    this.ledger.setOrderPaid(orderRef, body.paid);
    return { orderRef, paid: body.paid };
  }

  @Put('courier')
  @ApiOperation({ summary: 'How long each tracking step of a waybill takes' })
  courierControl(@Body() control: CourierControlDto) {
    this.courier.stepMs = control.trackingStepMs;
    return control;
  }

  @Put('waybills/:waybillNo')
  @ApiOperation({ summary: "How a waybill's journey ends: delivered, damaged or lost" })
  waybillOutcome(@Param('waybillNo') waybillNo: string, @Body() body: WaybillOutcomeDto) {
    this.courier.setOutcome(waybillNo, body.outcome);
    return { waybillNo, outcome: body.outcome };
  }

  @Get('courier/claims')
  @ApiOperation({ summary: 'L-2: damage and loss claims the courier received, each with what it lacks (empty when complete)' })
  claims() {
    return this.departments
      .received('courier', 'file-damage-claim')
      .map((r) => ({ requestId: r.requestId, receivedAt: r.receivedAt, claim: r.payload, missingItems: missingClaimItems(r.payload) }));
  }

  @Get('quality/key-part-reports')
  @ApiOperation({ summary: 'Key-part defect reports the quality department received (C-12), one per alert' })
  keyPartReports() {
    return this.qualityDesk.list();
  }

  @Get('payments')
  @ApiOperation({ summary: "The finance department's payments, one per idempotency key" })
  payments() {
    return this.ledger.list();
  }

  @Put('departments/:department')
  @ApiOperation({ summary: 'Latency, failure rate, duplicate-answer rate and mode of one department' })
  control(@Param('department', new ParseEnumPipe(DEPARTMENT_ENUM)) department: Department, @Body() change: DepartmentControlDto) {
    return this.departments.control(department, change);
  }

  @Get('pending')
  @ApiOperation({ summary: 'Requests waiting for a manual answer' })
  pending() {
    return this.departments.pending();
  }

  @Post('pending/:requestId/answer')
  @ApiOperation({ summary: 'Answer one request now (signed, to its callbackUrl); returns what the platform replied' })
  async answer(@Param('requestId') requestId: string, @Body() answer: ManualAnswerDto) {
    const request = this.departments.find(requestId);
    if (!request) throw new NotFoundException({ code: 'NOT_FOUND', message: `no request ${requestId}` });
    return { callback: await this.departments.answer(request, { ...answer }) };
  }
}
