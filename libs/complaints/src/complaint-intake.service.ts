import { Inject, Injectable } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { Acting, AuditService } from '@libs/audit';
import { AppConfig, AppConfigToken } from '@libs/config';
import { IntakeResult, registerComplaint } from './complaint-registration';
import { CreateComplaintDto } from './dto/create-complaint.dto';

export type { IntakeResult };

/** C-1: registers a complaint: case number, read-model row and workflow, all or nothing. */
@Injectable()
export class ComplaintIntakeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly temporal: Client,
    @Inject(AppConfigToken) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  register(acting: Acting, dto: CreateComplaintDto, idempotencyKey?: string): Promise<IntakeResult> {
    return registerComplaint({ dataSource: this.dataSource, temporal: this.temporal, taskQueue: this.config.TEMPORAL_TASK_QUEUE, audit: this.audit }, acting, dto, idempotencyKey);
  }
}
