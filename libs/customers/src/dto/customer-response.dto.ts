import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CaseRecordEntity, CustomerEntity } from '@libs/database';
import { isFileComplete, missingFileFields } from '@libs/domain/customers/customer-file';
import { CUSTOMER_TIERS, CustomerTier } from '@libs/domain/customers/customer-tier';
import { FileEventDto } from './customer-file-event.dto';
import { CustomerProductDto } from './customer-product.dto';

export class CustomerProductBriefDto {
  @ApiProperty({ example: 'EB-200 电动自行车' }) model: string;
  @ApiProperty({ type: String, nullable: true, example: 'LSVAB1234C5678901' }) serialNo: string | null;
  @ApiProperty({ type: String, nullable: true, example: '浙A12345' }) plate: string | null;
}

export class CustomerSummaryDto {
  @ApiProperty({ example: 'CU-000001' }) customerNo: string;
  @ApiProperty({ example: '王建国' }) name: string;
  @ApiProperty({ type: String, nullable: true, example: '杭州顺达物流有限公司' }) organisation: string | null;
  @ApiProperty({ type: String, nullable: true, example: '13800000001' }) phone: string | null;
  @ApiProperty({ type: String, nullable: true, example: '浙江省杭州市' }) region: string | null;
  @ApiProperty({ type: String, nullable: true, example: '浙江省杭州市西湖区文三路 1 号' }) address: string | null;
  @ApiProperty({ enum: CUSTOMER_TIERS }) tier: CustomerTier;
  @ApiProperty({ type: String, nullable: true, example: 'AG-001' }) assignedAgentCode: string | null;
  @ApiProperty({ description: 'A-4: organisation and installation address recorded' }) complete: boolean;
  @ApiProperty({ type: [CustomerProductBriefDto] }) products: CustomerProductBriefDto[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class CustomerListDto {
  @ApiProperty({ type: [CustomerSummaryDto] }) items: CustomerSummaryDto[];
  @ApiProperty({ type: 'integer' }) total: number;
}

export class ServiceHistoryEntryDto {
  @ApiProperty({ example: 'CP-20261124-0001' }) caseNo: string;
  @ApiProperty({ enum: ['complaint', 'return', 'followup'] }) kind: string;
  @ApiProperty({ example: 'closed' }) status: string;
  @ApiProperty({ type: String, nullable: true, example: 'quality' }) category: string | null;
  @ApiProperty({ example: 'quality/high via phone' }) summary: string;
  @ApiProperty({ type: String, nullable: true, example: 'AG-001' }) assignedAgentCode: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'refunded' }) result: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class CompletenessDto {
  @ApiProperty({ description: 'A-4: organisation and installation address recorded' }) complete: boolean;
  @ApiProperty({ example: ['address', 'birthday'], description: 'A-1 fields still missing' }) missing: string[];
}

export class CustomerDetailDto extends CustomerSummaryDto {
  @ApiProperty({ type: String, nullable: true, example: '王经理' }) contactPerson: string | null;
  @ApiProperty({ format: 'date', type: String, nullable: true, example: '1978-03-12' }) birthday: string | null;
  @ApiProperty({ example: 'Asia/Shanghai' }) timeZone: string;
  @ApiProperty({ type: String, nullable: true, example: 'AG-002' }) broughtInBy: string | null;
  @ApiProperty({ type: [CustomerProductDto] }) declare products: CustomerProductDto[];
  @ApiProperty({ type: CompletenessDto }) completeness: CompletenessDto;
  @ApiProperty({ type: [ServiceHistoryEntryDto], description: 'Complaints, returns and follow-ups, newest first (the latest 100)' })
  serviceHistory: ServiceHistoryEntryDto[];
  @ApiProperty({ type: [FileEventDto], description: 'A-2: the events this file owes entries for' }) fileEvents: FileEventDto[];
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export function mapCustomerSummary(c: CustomerEntity, products: CustomerProductBriefDto[]): CustomerSummaryDto {
  return {
    customerNo: c.customerNo,
    name: c.name,
    organisation: c.organisation,
    phone: c.phone,
    region: c.region,
    address: c.address,
    tier: c.tier,
    assignedAgentCode: c.assignedAgentCode,
    complete: isFileComplete(c),
    products: products.map((p) => ({ model: p.model, serialNo: p.serialNo, plate: p.plate })),
    createdAt: c.createdAt.toISOString(),
  };
}

export function mapCustomerDetail(
  c: CustomerEntity,
  products: CustomerProductDto[],
  history: CaseRecordEntity[],
  fileEvents: FileEventDto[],
): CustomerDetailDto {
  return {
    ...mapCustomerSummary(c, products),
    contactPerson: c.contactPerson,
    birthday: c.birthday,
    timeZone: c.timeZone,
    broughtInBy: c.broughtInBy,
    products,
    completeness: { complete: isFileComplete(c), missing: missingFileFields(c, products.length) },
    serviceHistory: history.map((h) => ({
      caseNo: h.caseNo,
      kind: h.kind,
      status: h.status,
      category: h.category,
      summary: h.summary,
      assignedAgentCode: h.assignedAgentCode,
      result: h.result,
      createdAt: h.createdAt.toISOString(),
      updatedAt: h.updatedAt.toISOString(),
    })),
    fileEvents,
    updatedAt: c.updatedAt.toISOString(),
  };
}
