import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { CASE_CLASSIFICATIONS, CaseClassification } from '@libs/domain/complaints/case-classification';
import { COMPLAINT_CATEGORIES, ComplaintCategory } from '@libs/domain/complaints/complaint-category';
import { COMPLAINT_STATUSES, ComplaintStatus } from '@libs/domain/complaints/complaint-lifecycle';
import { STAFF_CODE } from '@libs/domain/staff/staff';
import { PageQuery } from '@libs/http';

export const COMPLAINT_LIST_SORTS = ['newest', 'next_deadline'] as const;
export type ComplaintListSort = (typeof COMPLAINT_LIST_SORTS)[number];

export class ListComplaintsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: CASE_CLASSIFICATIONS, description: 'C-2: rows from before the classification count as complaint' })
  @IsOptional()
  @IsIn(CASE_CLASSIFICATIONS, { message: `classification must be one of: ${CASE_CLASSIFICATIONS.join(', ')}` })
  classification?: CaseClassification;

  // The same range as GET /returns: registered at or after `from`, before `to`.
  @ApiPropertyOptional({ example: '2026-11-01T00:00:00+08:00', description: 'Registered at or after (inclusive)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date or date-time' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-01T00:00:00+08:00', description: 'Registered before (exclusive)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be an ISO 8601 date or date-time' })
  to?: string;

  @ApiPropertyOptional({
    type: String,
    maxLength: 100,
    example: '异响',
    description:
      'Free text: part of the case number, the customer number, the customer name (any part from 3 characters, else its beginning), ' +
      'the phone (7+ digits from the start, 4-6 as the last digits), the beginning of the product/order reference, or words of the ' +
      'description (from 2 letters or digits; case, spaces and punctuation ignored: a case matches when it holds every pair of ' +
      'neighbouring characters of the text). The description is searched through keyed tokens (a blind index) and is never stored in clear. ' +
      'Send names, phones and descriptions with POST /complaints/search.',
  })
  // Absent, or text: `"q": null` in a search body is refused like any other non-text (IsOptional lets null through).
  @ValidateIf((_, value) => value !== undefined)
  @IsString({ message: 'q must be text' })
  @MaxLength(100, { message: 'q must be at most 100 characters' })
  q?: string;

  @ApiPropertyOptional({ enum: COMPLAINT_LIST_SORTS, description: 'newest first (when omitted), or the next SLA deadline first (cases without one last)' })
  @IsOptional()
  @IsIn(COMPLAINT_LIST_SORTS, { message: `sort must be one of: ${COMPLAINT_LIST_SORTS.join(', ')}` })
  sort?: ComplaintListSort;

  @ApiPropertyOptional({ enum: COMPLAINT_STATUSES })
  @IsOptional()
  @IsIn(COMPLAINT_STATUSES, { message: `status must be one of: ${COMPLAINT_STATUSES.join(', ')}` })
  status?: ComplaintStatus;

  @ApiPropertyOptional({ pattern: STAFF_CODE.source, example: 'AG-001' })
  @IsOptional()
  @Matches(STAFF_CODE, { message: 'agent must be a staff code like AG-001' })
  agent?: string;

  @ApiPropertyOptional({ enum: COMPLAINT_CATEGORIES })
  @IsOptional()
  @IsIn(COMPLAINT_CATEGORIES, { message: `category must be one of: ${COMPLAINT_CATEGORIES.join(', ')}` })
  category?: ComplaintCategory;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 3, description: '0 agent, 1 supervisor, 2 manager, 3 GM office' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'escalationLevel must be a whole number from 0 to 3' })
  @Min(0, { message: 'escalationLevel must be a whole number from 0 to 3' })
  @Max(3, { message: 'escalationLevel must be a whole number from 0 to 3' })
  escalationLevel?: number;

  @ApiPropertyOptional({ description: 'Only complaints that missed (true) or met so far (false) an SLA target' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'breached must be true or false' })
  breached?: boolean;

  @ApiPropertyOptional({ example: 'CU-000001' })
  @IsOptional()
  @Matches(/^CU-\d{6}$/, { message: 'customer must look like CU-000123' })
  customer?: string;
}
