import { CUSTOMER_NO } from '@libs/domain/customers/customer-file';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { KEY_PARTS, KeyPart } from '@libs/domain/complaints/key-parts';
import { CASE_CLASSIFICATIONS, CaseClassification } from '@libs/domain/complaints/case-classification';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_CHANNELS,
  COMPLAINT_SEVERITIES,
  ComplaintCategory,
  ComplaintChannel,
  ComplaintSeverity,
} from '@libs/domain/complaints/complaint-category';

const list = (values: readonly string[]) => `must be one of: ${values.join(', ')}`;

/** C-1 / C-2: what customer service registers for a complaint. */
export class CreateComplaintDto {
  @ApiProperty({ pattern: CUSTOMER_NO.source, example: 'CU-000002', description: 'Customer file number' })
  @IsString()
  @Matches(CUSTOMER_NO, { message: 'customerNo must look like CU-000123' })
  customerNo: string;

  @ApiProperty({ enum: COMPLAINT_CHANNELS })
  @IsIn(COMPLAINT_CHANNELS, { message: `channel ${list(COMPLAINT_CHANNELS)}` })
  channel: ComplaintChannel;

  @ApiPropertyOptional({ enum: CASE_CLASSIFICATIONS, default: 'complaint', description: 'C-2: repair, consultation or complaint, before the category; counted apart in the reports' })
  @IsOptional()
  @IsIn(CASE_CLASSIFICATIONS, { message: `classification ${list(CASE_CLASSIFICATIONS)}` })
  classification?: CaseClassification;

  @ApiProperty({ enum: COMPLAINT_CATEGORIES })
  @IsIn(COMPLAINT_CATEGORIES, { message: `category ${list(COMPLAINT_CATEGORIES)}` })
  category: ComplaintCategory;

  @ApiProperty({ enum: COMPLAINT_SEVERITIES })
  @IsIn(COMPLAINT_SEVERITIES, { message: `severity ${list(COMPLAINT_SEVERITIES)}` })
  severity: ComplaintSeverity;

  @ApiProperty({ example: 'Controller stopped working after two weeks', maxLength: 4000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  description: string;

  @ApiPropertyOptional({ example: 'SN-EB2026-000123', description: 'Product serial/VIN or order number' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  productRef?: string;

  @ApiPropertyOptional({ description: 'C-9: product quality, packaging defect or malicious competition; the supervisor is told at once' })
  @IsOptional()
  @IsBoolean({ message: 'majorInformation must be true or false' })
  majorInformation?: boolean;

  @ApiPropertyOptional({ enum: KEY_PARTS, description: 'C-12: the key part found defective' })
  @IsOptional()
  @IsIn(KEY_PARTS, { message: `keyPart must be one of: ${KEY_PARTS.join(', ')}` })
  keyPart?: KeyPart;
}
