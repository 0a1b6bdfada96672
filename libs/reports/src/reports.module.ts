import { Module } from '@nestjs/common';
import { ComplaintReportsService } from './complaint-reports.service';
import { FollowUpReportsService } from './follow-up-reports.service';
import { KpiReportService } from './kpi-report.service';
import { PeopleReportsService } from './people-reports.service';
import { ReportsController } from './reports.controller';

@Module({
  controllers: [ReportsController],
  providers: [ComplaintReportsService, KpiReportService, PeopleReportsService, FollowUpReportsService],
})
export class ReportsModule {}
