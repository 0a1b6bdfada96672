import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { CUSTOMER_NO } from '@libs/domain/customers/customer-file';
import {
  NEGATIVE_REVIEW_STATUSES,
  NegativeReviewStatus,
  REVIEW_OUTCOMES,
  REVIEW_PLATFORMS,
  REVIEW_REMEDIES,
  ReviewOutcome,
  ReviewPlatform,
  ReviewRemedy,
} from '@libs/domain/complaints/negative-review';
import { CUSTOMER_NO_PATTERN, PageQuery, STAFF_CODE_PATTERN } from '@libs/http';

const oneOf = (field: string, values: readonly string[]) => `${field} must be one of: ${values.join(', ')}`;

/** C-15: a negative review as found on the platform. */
export class RecordNegativeReviewDto {
  @ApiProperty({ enum: REVIEW_PLATFORMS })
  @IsIn(REVIEW_PLATFORMS, { message: oneOf('platform', REVIEW_PLATFORMS) })
  platform: ReviewPlatform;

  @ApiProperty({ example: 'TB-20261120-778812', maxLength: 64, description: 'The order on the platform; one review per platform and order' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{3,64}$/, { message: 'orderNo must be 3 to 64 letters, digits, dashes or underscores' })
  orderNo: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 5, example: 1 })
  @IsInt({ message: 'rating must be a whole number from 1 to 5' })
  @Min(1, { message: 'rating must be a whole number from 1 to 5' })
  @Max(5, { message: 'rating must be a whole number from 1 to 5' })
  rating: number;

  @ApiProperty({ example: '电池用了一周就不充电了', maxLength: 2000, description: "The buyer's words; stored encrypted" })
  @IsString()
  @IsNotEmpty({ message: 'text must not be empty' })
  @MaxLength(2000)
  text: string;

  @ApiPropertyOptional({ pattern: CUSTOMER_NO.source, example: 'CU-000123', description: 'The customer file, when the buyer is known' })
  @IsOptional()
  @Matches(CUSTOMER_NO, { message: 'customerNo must look like CU-000123' })
  customerNo?: string;
}

export class ContactBuyerDto {
  @ApiProperty({ description: 'Whether the buyer has used the item: decides the remedy (C-15)' })
  @IsBoolean({ message: 'itemUsed must be true or false' })
  itemUsed: boolean;

  @ApiPropertyOptional({ format: 'date-time', description: 'When the buyer was reached; now when absent' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'contactedAt must be an ISO 8601 date-time' })
  contactedAt?: string;
}

export class OfferRemedyDto {
  @ApiPropertyOptional({ enum: REVIEW_REMEDIES, description: 'Absent: return/exchange for an unused item, else a VIP upgrade (a gift for a VIP)' })
  @IsOptional()
  @IsIn(REVIEW_REMEDIES, { message: oneOf('remedy', REVIEW_REMEDIES) })
  remedy?: ReviewRemedy;
}

export class CloseNegativeReviewDto {
  @ApiProperty({ enum: REVIEW_OUTCOMES })
  @IsIn(REVIEW_OUTCOMES, { message: oneOf('outcome', REVIEW_OUTCOMES) })
  outcome: ReviewOutcome;
}

export class ListNegativeReviewsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: NEGATIVE_REVIEW_STATUSES })
  @IsOptional()
  @IsIn(NEGATIVE_REVIEW_STATUSES, { message: oneOf('status', NEGATIVE_REVIEW_STATUSES) })
  status?: NegativeReviewStatus;

  @ApiPropertyOptional({ enum: REVIEW_PLATFORMS })
  @IsOptional()
  @IsIn(REVIEW_PLATFORMS, { message: oneOf('platform', REVIEW_PLATFORMS) })
  platform?: ReviewPlatform;

  @ApiPropertyOptional({ example: '2026-11-01T00:00:00+08:00', description: 'Recorded at or after (inclusive)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date or date-time' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-01T00:00:00+08:00', description: 'Recorded before (exclusive)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be an ISO 8601 date or date-time' })
  to?: string;
}

export class ReviewProgressDto {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ enum: ['recorded', 'contacted', 'remedy_offered', 'closed'] }) event: NegativeReviewStatus;
  @ApiProperty({ pattern: STAFF_CODE_PATTERN, example: 'AG-001' }) by: string;
  @ApiPropertyOptional({ example: 'vip_upgrade' }) detail?: string;
}

export class NegativeReviewDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: REVIEW_PLATFORMS }) platform: ReviewPlatform;
  @ApiProperty({ example: 'TB-20261120-778812' }) orderNo: string;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 5 }) rating: number;
  @ApiProperty({ type: String, nullable: true, pattern: CUSTOMER_NO_PATTERN }) customerNo: string | null;
  @ApiProperty({ enum: NEGATIVE_REVIEW_STATUSES }) status: NegativeReviewStatus;
  @ApiProperty({ type: Boolean, nullable: true }) itemUsed: boolean | null;
  @ApiProperty({ type: String, enum: REVIEW_REMEDIES, nullable: true }) remedy: ReviewRemedy | null;
  @ApiProperty({ type: String, enum: REVIEW_OUTCOMES, nullable: true }) outcome: ReviewOutcome | null;
  @ApiProperty({ type: String, nullable: true, pattern: STAFF_CODE_PATTERN, description: 'Who contacted the buyer and handles the review' }) handler: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) contactedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) remedyOfferedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt: string | null;
  @ApiProperty({ type: [ReviewProgressDto], description: 'Every step with its date and who took it' }) progress: ReviewProgressDto[];
  @ApiProperty({ example: 'AG-001' }) recordedBy: string;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
}

export class NegativeReviewDetailDto extends NegativeReviewDto {
  @ApiProperty({ example: '电池用了一周就不充电了', description: "The buyer's words, decrypted for staff" }) text: string;
}

export class NegativeReviewListDto {
  @ApiProperty({ type: [NegativeReviewDto] }) items: NegativeReviewDto[];
  @ApiProperty({ type: 'integer', minimum: 0 }) total: number;
}

export interface NegativeReviewRow {
  id: string;
  platform: ReviewPlatform;
  order_no: string;
  rating: number;
  review_text_sealed: Buffer;
  customer_no: string | null;
  customer_tier: string | null;
  status: NegativeReviewStatus;
  item_used: boolean | null;
  remedy: ReviewRemedy | null;
  outcome: ReviewOutcome | null;
  handler_code: string | null;
  contacted_at: Date | null;
  remedy_offered_at: Date | null;
  closed_at: Date | null;
  progress: ReviewProgressDto[];
  recorded_by: string;
  recorded_at: Date;
}

export function mapNegativeReview(r: NegativeReviewRow): NegativeReviewDto {
  return {
    id: r.id,
    platform: r.platform,
    orderNo: r.order_no,
    rating: r.rating,
    customerNo: r.customer_no,
    status: r.status,
    itemUsed: r.item_used,
    remedy: r.remedy,
    outcome: r.outcome,
    handler: r.handler_code,
    contactedAt: r.contacted_at?.toISOString() ?? null,
    remedyOfferedAt: r.remedy_offered_at?.toISOString() ?? null,
    closedAt: r.closed_at?.toISOString() ?? null,
    progress: r.progress,
    recordedBy: r.recorded_by,
    recordedAt: r.recorded_at.toISOString(),
  };
}
