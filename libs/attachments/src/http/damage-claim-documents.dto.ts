import { ApiProperty } from '@nestjs/swagger';
import { AttachmentDto } from './attachment.dto';

/** L-2: the claim content as it stands (or as it was sent), every required item. */
export class DamageClaimContentDto {
  @ApiProperty({ example: 'DC-RT-20261124-0001-B1' }) claimId: string;
  @ApiProperty({ example: 'RT-20261124-0001' }) caseNo: string;
  @ApiProperty({ example: 'YT1234567890' }) waybillNo: string;
  @ApiProperty({ enum: ['damaged', 'lost'] }) kind: string;
  @ApiProperty({ example: 'SO-20261120-0042', description: 'The transaction (order) reference' }) transactionRef: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) shipDate: string | null;
  @ApiProperty({ example: '浙江省杭州市' }) destinationRegion: string;
  @ApiProperty({ example: 'damaged reported by the courier at 2026-11-24T08:00:00.000Z' }) deliveryResult: string;
  @ApiProperty({ type: 'integer', example: 25900 }) goodsValueFen: number;
  @ApiProperty({ example: 'CA-101' }) courierAgentId: string;
  @ApiProperty({ type: [String], description: 'Attachment ids of the damage photos' }) photoRefs: string[];
}

export class DamageClaimDocumentsDto {
  @ApiProperty({ example: 'DC-RT-20261124-0001-B1' }) claimId: string;
  @ApiProperty({ example: 'YT1234567890' }) waybillNo: string;
  @ApiProperty({ enum: ['damaged', 'lost'] }) kind: string;
  @ApiProperty({ enum: ['filed', 'accepted', 'rejected', 'unanswered'], description: 'The courier side of the claim (L-3)' }) status: string;
  @ApiProperty({
    type: String,
    nullable: true,
    enum: ['awaiting', 'complete', 'missing'],
    description: 'awaiting: not sent until the documents are attached; complete: sent; missing: the deadline passed, escalated unsent; null: filed before documents were collected',
  })
  documentsStatus: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'When the missing documents are due' }) documentsDueAt: string | null;
  @ApiProperty({ type: [String], example: ['sender_id_copy'], description: 'Required kinds not attached yet' }) missingDocuments: string[];
  @ApiProperty({ type: [AttachmentDto], description: 'The attached documents the claim carries (waybill copy, sender ID copy, damage photos)' }) documents: AttachmentDto[];
  @ApiProperty({ type: DamageClaimContentDto, nullable: true, description: 'The claim content; null for a claim filed before content was kept' }) claim: DamageClaimContentDto | null;
  @ApiProperty({ format: 'date-time' }) filedAt: string;
}

export class DamageClaimDocumentsListDto {
  @ApiProperty({ type: [DamageClaimDocumentsDto] }) items: DamageClaimDocumentsDto[];
}
