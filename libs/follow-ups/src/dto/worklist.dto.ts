import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { STAFF_CODE } from '@libs/domain/staff/staff';
import { PageQuery } from '@libs/http';
import { ScriptLineDto } from './follow-up-response.dto';

export class WorklistQuery extends PageQuery {
  @ApiPropertyOptional({ pattern: STAFF_CODE.source, example: 'AG-001', description: 'Whose calls; agents see their own. Supervisors and up: any agent, or everybody without it' })
  @IsOptional()
  @Matches(STAFF_CODE, { message: 'agent must be a staff code like AG-001' })
  agent?: string;

  @ApiPropertyOptional({ format: 'date', example: '2026-12-01', description: 'Calls due by the end of this day (Asia/Shanghai), overdue ones included. Default: today. Not with from/to' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be a date like 2026-12-01' })
  date?: string;

  @ApiPropertyOptional({ format: 'date', example: '2026-11-30', description: 'With `to`: calls falling due from the start of this day (Asia/Shanghai), for planning the week' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'from must be a date like 2026-11-30' })
  from?: string;

  @ApiPropertyOptional({ format: 'date', example: '2026-12-06', description: 'With `from`: calls falling due by the end of this day; at most 31 days after `from`' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'to must be a date like 2026-12-06' })
  to?: string;
}

export class WorklistProductDto {
  @ApiProperty({ example: 'EB-200' }) model: string;
  @ApiProperty({ type: String, nullable: true, example: 'SN-EB2026-000123' }) serialNo: string | null;
  @ApiProperty({ type: String, nullable: true, example: '浙A12345' }) plate: string | null;
  @ApiProperty({ format: 'date', type: String, nullable: true, example: '2026-11-24' }) purchaseDate: string | null;
}

export class WorklistCustomerDto {
  @ApiProperty({ example: 'CU-000002' }) customerNo: string;
  @ApiProperty({ example: '李小红' }) name: string;
  @ApiProperty({ type: String, nullable: true, example: '13800000002' }) phone: string | null;
  @ApiProperty({ example: 'regular' }) tier: string;
  @ApiProperty({ type: String, nullable: true }) organisation: string | null;
  @ApiProperty({ example: 'Asia/Shanghai' }) timeZone: string;
  @ApiProperty({ example: '2026-12-01 14:05 (working day)', description: "The customer's wall clock now" }) localTime: string;
  @ApiProperty({ description: "F-5: whether a call now is inside the customer's call hours" }) callAllowedNow: boolean;
  @ApiProperty({ type: [WorklistProductDto] }) products: WorklistProductDto[];
}

export class WorklistItemDto {
  @ApiProperty({ example: 'FU-20261124-0001' }) planId: string;
  @ApiProperty({ example: 'FU-20261124-0001-7dc' }) callId: string;
  @ApiProperty({ type: 'integer', example: 1 }) tier: number;
  @ApiProperty({ example: 'delivery' }) trigger: string;
  @ApiProperty() purpose: string;
  @ApiProperty({ example: 'AG-001' }) agent: string;
  @ApiProperty({ enum: ['scheduled', 'due'], example: 'due', description: '`scheduled`: falls due later in the day or range; an attempt is accepted once it is `due`' }) status: 'scheduled' | 'due';
  @ApiProperty({ format: 'date-time' }) dueAt: string;
  @ApiProperty({ format: 'date-time', description: 'The due time, or a retry later in the window' }) nextAttemptAt: string;
  @ApiProperty({ format: 'date-time' }) windowEnd: string;
  @ApiProperty({ type: 'integer', example: 1 }) attempts: number;
  @ApiProperty({ type: String, nullable: true, example: 'no_answer' }) lastOutcome: string | null;
  @ApiProperty({ type: WorklistCustomerDto }) customer: WorklistCustomerDto;
  @ApiProperty({ type: [ScriptLineDto] }) script: ScriptLineDto[];
}

export class WorklistSatisfactionCustomerDto {
  @ApiProperty({ example: 'CU-000002' }) customerNo: string;
  @ApiProperty({ example: '李小红' }) name: string;
  @ApiProperty({ type: String, nullable: true, example: '13800000002' }) phone: string | null;
  @ApiProperty({ example: 'Asia/Shanghai' }) timeZone: string;
  @ApiProperty({ example: '2026-12-01 14:05 (working day)', description: "The customer's wall clock now" }) localTime: string;
  @ApiProperty({ description: "F-5: whether a call now is inside the customer's call hours" }) callAllowedNow: boolean;
}

export class WorklistSatisfactionCallDto {
  @ApiProperty({ example: 'CP-20261201-0003' }) caseNo: string;
  @ApiProperty({ type: String, nullable: true, example: 'AG-001', description: "The complaint's owner" }) agent: string | null;
  @ApiProperty({ example: 'repair', description: 'The remedy the customer is asked about (C-10)' }) remedy: string;
  @ApiProperty({ format: 'date-time', description: 'When the call fell due, or the next attempt after no answer (F-5)' }) dueAt: string;
  @ApiProperty({ type: 'integer', example: 0, description: 'Unanswered attempts so far; the third closes the case as unreached' }) attempts: number;
  @ApiProperty({ type: WorklistSatisfactionCustomerDto }) customer: WorklistSatisfactionCustomerDto;
}

export class WorklistDto {
  @ApiProperty({ example: '2026-12-01', description: 'The day asked for, or the first day of the range' }) date: string;
  @ApiProperty({ type: String, nullable: true, format: 'date', example: null, description: 'The first day of a range; null for one day (then overdue calls are included)' }) from: string | null;
  @ApiProperty({ format: 'date', example: '2026-12-01', description: 'The last day covered' }) to: string;
  @ApiProperty({ type: String, nullable: true, example: 'AG-001' }) agent: string | null;
  @ApiProperty({ type: [WorklistItemDto], description: 'Open calls due by the end of the day (or within the range), earliest first' }) items: WorklistItemDto[];
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: [WorklistSatisfactionCallDto], description: 'C-8: satisfaction calls of resolved complaints due in the same days, earliest first (up to 200)' }) satisfactionCalls: WorklistSatisfactionCallDto[];
}
