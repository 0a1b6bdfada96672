import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, AppConfigToken } from '@libs/config';
import { ComplaintQueriesService } from '@libs/complaints/complaint-queries.service';
import { CaseRecordEntity, CustomerEntity } from '@libs/database';
import { ReturnAccessGuard } from '@libs/returns/return-access.guard';
import { ReturnQueriesService } from '@libs/returns/return-queries.service';
import { AttachmentRepository } from './attachment-repository';
import { createAttachmentRepository } from './create-attachments';
import { ComplaintAttachmentsController, ReturnAttachmentsController } from './http/attachments.controllers';
import { AttachmentsService } from './http/attachments.service';
import { DamageClaimDocumentsService } from './http/damage-claim-documents.service';
import { UploadInterceptor } from './http/upload.interceptor';

/** Case attachments (L-2, C-4, C-14, R-5): upload, list, download, the claim documents and the complaint archive. */
@Module({
  imports: [TypeOrmModule.forFeature([CaseRecordEntity, CustomerEntity])],
  controllers: [ComplaintAttachmentsController, ReturnAttachmentsController],
  providers: [
    { provide: AttachmentRepository, inject: [DataSource, AppConfigToken], useFactory: (dataSource: DataSource, config: AppConfig) => createAttachmentRepository(dataSource, config) },
    AttachmentsService,
    DamageClaimDocumentsService,
    UploadInterceptor,
    ComplaintQueriesService,
    ReturnQueriesService,
    ReturnAccessGuard,
  ],
})
export class AttachmentsModule {}
