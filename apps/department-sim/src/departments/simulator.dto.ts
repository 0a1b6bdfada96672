import { Allow, IsBoolean, IsIn, IsInt, IsNotEmpty, IsNumber, IsObject, IsOptional, IsString, IsUrl, Max, MaxLength, Min } from 'class-validator';
import { NestedObject } from '@libs/http';
import { ANSWER_OUTCOMES, AnswerOutcome, Department, DEPARTMENTS } from '@libs/departments/protocol';

export class DepartmentRequestDto {
  @IsString() @IsNotEmpty() @MaxLength(300) requestId: string;
  @IsIn(DEPARTMENTS) department: Department;
  @IsString() @IsNotEmpty() @MaxLength(100) kind: string;
  @IsObject() payload: Record<string, unknown>;
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] }) callbackUrl: string;
  @IsString() @IsNotEmpty() @MaxLength(200) callbackToken: string;
}

export class DepartmentCallDto {
  @IsString() @IsNotEmpty() @MaxLength(300) requestId: string;
  @IsIn(DEPARTMENTS) department: Department;
  @IsString() @IsNotEmpty() @MaxLength(100) kind: string;
  @IsObject() payload: Record<string, unknown>;
}

export class DepartmentControlDto {
  @IsOptional() @IsInt() @Min(0) @Max(600_000) latencyMs?: number;
  @IsOptional() @IsNumber() @Min(0) @Max(1) failureRate?: number;
  @IsOptional() @IsNumber() @Min(0) @Max(1) duplicateRate?: number;
  @IsOptional() @IsIn(['auto', 'manual']) mode?: 'auto' | 'manual';
  /** Short calls: the next N are carried out but their response is lost, as after a network cut. */
  @IsOptional() @IsInt() @Min(0) @Max(100) loseNextResponses?: number;
}

export class WaybillOutcomeDto {
  @IsIn(['delivered', 'damaged', 'lost']) outcome: 'delivered' | 'damaged' | 'lost';
}

export class CourierControlDto {
  @IsInt() @Min(10) @Max(600_000) trackingStepMs: number;
}

export class AnswerErrorDto {
  @IsString() @IsNotEmpty() @MaxLength(100) code: string;
  @IsString() @IsNotEmpty() @MaxLength(2000) message: string;
}

export class ManualAnswerDto {
  @IsIn(ANSWER_OUTCOMES) outcome: AnswerOutcome;
  @Allow() result?: unknown;
  @IsOptional() @NestedObject(() => AnswerErrorDto) error?: AnswerErrorDto;
}

export class StockControlDto {
  @IsInt() @Min(0) @Max(1_000_000) onHand: number;
}

export class OrderPaymentControlDto {
  @IsBoolean() paid: boolean;
}
