import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { STAFF_CODE, STAFF_STATUSES, StaffStatus } from '@libs/domain/staff/staff';

export class SetStaffStatusDto {
  @ApiProperty({ enum: STAFF_STATUSES, description: 'A-7: absent = temporary delegation, departed = permanent reassignment' })
  @IsIn(STAFF_STATUSES, { message: `status must be one of: ${STAFF_STATUSES.join(', ')}` })
  status: StaffStatus;

  @ApiPropertyOptional({ pattern: STAFF_CODE.source, example: 'AG-002', description: 'For an absence: the colleague who takes every open case' })
  @IsOptional()
  @Matches(STAFF_CODE, { message: 'delegate must be a staff code like AG-001' })
  delegate?: string;
}

export class StaffStatusResponseDto {
  @ApiProperty({ example: 'AG-001' }) code: string;
  @ApiProperty({ enum: STAFF_STATUSES }) status: StaffStatus;
  @ApiProperty({ type: String, nullable: true, example: 'staff-reassign-AG-001-1764000000000', description: 'The workflow moving the open cases and follow-up calls (A-7): handing them on (`staff-reassign-…`) or, for an agent back from an absence, returning what was delegated (`staff-return-…`)' })
  reassignmentWorkflowId: string | null;
}
