import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CaseUpdateExecutor } from '@libs/cases/case-update-executor';
import { CaseRecordEntity, StaffMemberEntity } from '@libs/database';
import { ComplaintActionsService } from './complaint-actions.service';
import { ComplaintIntakeService } from './complaint-intake.service';
import { ComplaintQueriesService } from './complaint-queries.service';
import { ComplaintsController } from './complaints.controller';

@Module({
  imports: [TypeOrmModule.forFeature([CaseRecordEntity, StaffMemberEntity])],
  controllers: [ComplaintsController],
  providers: [ComplaintIntakeService, ComplaintQueriesService, ComplaintActionsService, CaseUpdateExecutor],
})
export class ComplaintsModule {}
