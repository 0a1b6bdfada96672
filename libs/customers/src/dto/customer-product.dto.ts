import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import type { CustomerProductEntity } from '@libs/database';
import { SOLD_VIA, SoldVia } from '@libs/domain/customers/customer-file';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateMessage = (field: string) => ({ message: `${field} must be a date like 2026-11-24` });

/** a product the customer owns. */
export class CreateCustomerProductDto {
  @ApiProperty({ example: 'EB-200 电动自行车', maxLength: 100 })
  @IsString({ message: 'model must be text' })
  @IsNotEmpty({ message: 'model must not be empty' })
  @MaxLength(100)
  model: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'LSVAB1234C5678901', description: 'Serial number or VIN; stored upper-case without spaces' })
  @IsOptional()
  @IsString({ message: 'serialNo must be text' })
  @MaxLength(40)
  serialNo?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '浙A12345', description: 'Licence plate, for vehicles' })
  @IsOptional()
  @IsString({ message: 'plate must be text' })
  @MaxLength(20)
  plate?: string | null;

  @ApiPropertyOptional({ format: 'date', type: String, nullable: true, example: '2026-11-20' })
  @IsOptional()
  @Matches(DATE, dateMessage('purchaseDate'))
  purchaseDate?: string | null;

  @ApiPropertyOptional({ format: 'date', type: String, nullable: true, example: '2028-11-20', description: 'Not before the purchase date' })
  @IsOptional()
  @Matches(DATE, dateMessage('warrantyEnd'))
  warrantyEnd?: string | null;

  @ApiPropertyOptional({ enum: SOLD_VIA, default: 'direct', description: 'F-1: secondary-outlet sales get their first call on day 10' })
  @IsOptional()
  @IsIn(SOLD_VIA, { message: `soldVia must be one of: ${SOLD_VIA.join(', ')}` })
  soldVia?: SoldVia;

  @ApiPropertyOptional({ format: 'date', type: String, nullable: true, example: '2027-05-20', description: 'F-7: reminded a week ahead' })
  @IsOptional()
  @Matches(DATE, dateMessage('nextMaintenanceDate'))
  nextMaintenanceDate?: string | null;

  @ApiPropertyOptional({ format: 'date', type: String, nullable: true, example: '2027-11-20', description: 'F-7: annual inspection' })
  @IsOptional()
  @Matches(DATE, dateMessage('inspectionDueDate'))
  inspectionDueDate?: string | null;

  @ApiPropertyOptional({ format: 'date', type: String, nullable: true, example: '2027-11-19', description: 'F-7: insurance renewal' })
  @IsOptional()
  @Matches(DATE, dateMessage('insuranceRenewalDate'))
  insuranceRenewalDate?: string | null;
}

/** Only the fields given change; `null` clears an optional one. */
export class UpdateCustomerProductDto extends PartialType(CreateCustomerProductDto) {}

export class CustomerProductDto {
  @ApiProperty({ example: '7f1c1e2a-9a43-4d55-9a57-2f1c6a0b9d10' }) id: string;
  @ApiProperty({ example: 'EB-200 电动自行车' }) model: string;
  @ApiProperty({ type: String, nullable: true, example: 'LSVAB1234C5678901' }) serialNo: string | null;
  @ApiProperty({ type: String, nullable: true, example: '浙A12345' }) plate: string | null;
  @ApiProperty({ format: 'date', type: String, nullable: true, example: '2026-11-20' }) purchaseDate: string | null;
  @ApiProperty({ format: 'date', type: String, nullable: true, example: '2028-11-20' }) warrantyEnd: string | null;
  @ApiProperty({ enum: SOLD_VIA }) soldVia: SoldVia;
  @ApiProperty({ format: 'date', type: String, nullable: true }) nextMaintenanceDate: string | null;
  @ApiProperty({ format: 'date', type: String, nullable: true }) inspectionDueDate: string | null;
  @ApiProperty({ format: 'date', type: String, nullable: true }) insuranceRenewalDate: string | null;
}

export function mapProduct(p: CustomerProductEntity): CustomerProductDto {
  return {
    id: p.id,
    model: p.model,
    serialNo: p.serialNo,
    plate: p.plate,
    purchaseDate: p.purchaseDate,
    warrantyEnd: p.warrantyEnd,
    soldVia: p.soldVia,
    nextMaintenanceDate: p.nextMaintenanceDate,
    inspectionDueDate: p.inspectionDueDate,
    insuranceRenewalDate: p.insuranceRenewalDate,
  };
}
