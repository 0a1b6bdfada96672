import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import type { DamageClaimEntity } from '@libs/database';
import { PeriodQuery } from '../dto/list-returns.query';
import { WAYBILL_NO } from '../dto/return-actions.dto';

export const DAMAGE_KINDS = ['damaged', 'lost'] as const;
export const DAMAGE_CLAIM_STATUSES = ['filed', 'accepted', 'rejected', 'unanswered'] as const;

/** Filters of the damage register; `from`/`to` apply to the filing time. */
export class ListDamageClaimsQuery extends PeriodQuery {
  @ApiPropertyOptional({ example: 'RT-20261124-0001' })
  @IsOptional()
  @Matches(/^RT-\d{8}-\d{4,}$/, { message: 'returnNo must look like RT-20261124-0001' })
  returnNo?: string;

  @ApiPropertyOptional({ pattern: WAYBILL_NO.source, example: 'YT1234567890' })
  @IsOptional()
  @Matches(WAYBILL_NO, { message: 'waybillNo must be 6 to 32 letters, digits or dashes' })
  waybillNo?: string;

  @ApiPropertyOptional({ enum: DAMAGE_KINDS })
  @IsOptional()
  @IsIn(DAMAGE_KINDS, { message: `kind must be one of: ${DAMAGE_KINDS.join(', ')}` })
  kind?: (typeof DAMAGE_KINDS)[number];

  @ApiPropertyOptional({ enum: DAMAGE_CLAIM_STATUSES })
  @IsOptional()
  @IsIn(DAMAGE_CLAIM_STATUSES, { message: `status must be one of: ${DAMAGE_CLAIM_STATUSES.join(', ')}` })
  status?: (typeof DAMAGE_CLAIM_STATUSES)[number];
}

/** L-3: one line of the damage register: date, waybill, parcel condition, courier agent, goods price, item number, handler. */
export class DamageClaimDto {
  @ApiProperty({ example: 'DC-RT-20261124-0001-B1' }) claimId: string;
  @ApiProperty({ example: 'RT-20261124-0001' }) returnNo: string;
  @ApiProperty({ example: 'YT1234567890' }) waybillNo: string;
  @ApiProperty({ enum: DAMAGE_KINDS }) kind: 'damaged' | 'lost';
  @ApiProperty({ example: 'outer carton crushed' }) parcelCondition: string;
  @ApiProperty({ example: 'CA-101' }) courierAgentId: string;
  @ApiProperty({ type: 'integer', example: 25_900, description: 'Goods value in fen' }) goodsValueFen: number;
  @ApiProperty({ example: 'EB-200' }) itemNo: string;
  @ApiProperty({ example: 'AG-001' }) handler: string;
  @ApiProperty({ enum: DAMAGE_CLAIM_STATUSES }) status: string;
  @ApiProperty({ type: String, nullable: true, example: 'CL-000123' }) claimNo: string | null;
  @ApiProperty({ type: 'integer', nullable: true, example: 25_900 }) compensationFen: number | null;
  @ApiProperty({ format: 'date-time', example: '2026-11-24T09:00:00.000Z' }) filedAt: string;
  @ApiProperty({ format: 'date-time', type: String, nullable: true }) settledAt: string | null;
}

export function mapDamageClaim(row: DamageClaimEntity): DamageClaimDto {
  return {
    claimId: row.claimId,
    returnNo: row.returnNo,
    waybillNo: row.waybillNo,
    kind: row.kind,
    parcelCondition: row.parcelCondition,
    courierAgentId: row.courierAgentId,
    goodsValueFen: row.goodsValueFen,
    itemNo: row.itemNo,
    handler: row.handler,
    status: row.status,
    claimNo: row.claimNo,
    compensationFen: row.compensationFen,
    filedAt: row.filedAt.toISOString(),
    settledAt: row.settledAt?.toISOString() ?? null,
  };
}

export class DamageClaimListDto {
  @ApiProperty({ type: [DamageClaimDto] }) items: DamageClaimDto[];
  @ApiProperty({ type: 'integer', example: 1 }) total: number;
}
