import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CaseRecordEntity } from '@libs/database';
import { ComplaintIntakeService } from './complaint-intake.service';
import { ComplaintQueriesService } from './complaint-queries.service';
import { ComplaintsController } from './complaints.controller';

@Module({
  imports: [TypeOrmModule.forFeature([CaseRecordEntity])],
  controllers: [ComplaintsController],
  providers: [ComplaintIntakeService, ComplaintQueriesService],
})
export class ComplaintsModule {}
