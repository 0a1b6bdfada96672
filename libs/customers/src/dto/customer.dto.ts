import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { CUSTOMER_NO } from '@libs/domain/customers/customer-file';
import { CUSTOMER_TIERS, CustomerTier } from '@libs/domain/customers/customer-tier';
import { STAFF_CODE } from '@libs/domain/staff/staff';
import { CreateFileEventDto } from './customer-file-event.dto';
import { CreateCustomerProductDto } from './customer-product.dto';
import { NestedObject, NestedObjects } from '@libs/http';

const PHONE = /^\+?[\d\s()-]{5,24}$/;

/** a customer file. Personal data: it stays in PostgreSQL and encrypted payloads. */
export class CreateCustomerDto {
  @ApiPropertyOptional({ pattern: CUSTOMER_NO.source, example: 'CU-000123', description: 'Given by another system; the next free number when left out' })
  @IsOptional()
  @Matches(CUSTOMER_NO, { message: 'customerNo must look like CU-000123' })
  customerNo?: string;

  @ApiProperty({ example: '王建国', maxLength: 100 })
  @IsString({ message: 'name must be text' })
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(100)
  name: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '杭州顺达物流有限公司', description: 'A-4: counted for completeness' })
  @IsOptional()
  @IsString({ message: 'organisation must be text' })
  @MaxLength(200)
  organisation?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '13800000001' })
  @IsOptional()
  @Matches(PHONE, { message: 'phone must be a phone number of digits, spaces, dashes and an optional +' })
  phone?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '浙江省杭州市' })
  @IsOptional()
  @IsString({ message: 'region must be text' })
  @MaxLength(100)
  region?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '浙江省杭州市西湖区文三路 1 号', description: 'Installation/delivery address; A-4: counted for completeness' })
  @IsOptional()
  @IsString({ message: 'address must be text' })
  @MaxLength(300)
  address?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '王经理' })
  @IsOptional()
  @IsString({ message: 'contactPerson must be text' })
  @MaxLength(100)
  contactPerson?: string | null;

  @ApiPropertyOptional({ enum: CUSTOMER_TIERS, default: 'regular' })
  @IsOptional()
  @IsIn(CUSTOMER_TIERS, { message: `tier must be one of: ${CUSTOMER_TIERS.join(', ')}` })
  tier?: CustomerTier;

  @ApiPropertyOptional({ format: 'date', type: String, nullable: true, example: '1978-03-12', description: 'F-6: birthday greetings' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'birthday must be a date like 1978-03-12' })
  birthday?: string | null;

  @ApiPropertyOptional({ example: 'Asia/Shanghai', default: 'Asia/Shanghai', description: 'F-5: quiet hours in the customer\'s time' })
  @IsOptional()
  @IsString({ message: 'timeZone must be an IANA time zone like Asia/Shanghai' })
  timeZone?: string;

  @ApiPropertyOptional({ pattern: STAFF_CODE.source, type: String, nullable: true, example: 'AG-001', description: 'A-5: chosen by load, VIP-ness and who brought the customer in when left out' })
  @IsOptional()
  @Matches(STAFF_CODE, { message: 'assignedAgentCode must be a staff code like AG-001' })
  assignedAgentCode?: string | null;

  @ApiPropertyOptional({ pattern: STAFF_CODE.source, type: String, nullable: true, example: 'AG-002', description: 'A-5: partners and group-buy customers stay with this staff member' })
  @IsOptional()
  @Matches(STAFF_CODE, { message: 'broughtInBy must be a staff code like AG-001' })
  broughtInBy?: string | null;

  @ApiPropertyOptional({ type: [CreateCustomerProductDto] })
  @IsOptional()
  @IsArray({ message: 'products must be a list' })
  @ArrayMaxSize(50)
  @NestedObjects(() => CreateCustomerProductDto)
  products?: CreateCustomerProductDto[];

  @ApiPropertyOptional({ description: 'A-2: the recorded event this file was created for; it counts as filed now' })
  @IsOptional()
  @IsUUID('all', { message: 'fileEventId must be a UUID' })
  fileEventId?: string;

  @ApiPropertyOptional({ type: CreateFileEventDto, description: 'A-2: or the event itself, recorded and filed with the file' })
  @IsOptional()
  @NestedObject(() => CreateFileEventDto)
  fileEvent?: CreateFileEventDto;
}

/** changes apply at once; only the fields given change, `null` clears an optional one. */
export class UpdateCustomerDto extends PartialType(OmitType(CreateCustomerDto, ['customerNo', 'products', 'fileEventId', 'fileEvent'] as const)) {}
