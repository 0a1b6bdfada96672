import { Module } from '@nestjs/common';
import { ComplaintReportsService } from './complaint-reports.service';
import { FollowUpReportsService } from './follow-up-reports.service';
import { KpiReportService } from './kpi-report.service';
import { PeopleReportsService } from './people-reports.service';
import { ReportsController } from './reports.controller';
import { SupervisorSummariesController } from './summaries/supervisor-summaries.controller';
import { SupervisorSummariesService } from './summaries/supervisor-summaries.service';

@Module({
  // K-7's summaries come first: `reports/summaries/:period` must not be read as another report.
  controllers: [SupervisorSummariesController, ReportsController],
  providers: [ComplaintReportsService, KpiReportService, PeopleReportsService, FollowUpReportsService, SupervisorSummariesService],
})
export class ReportsModule {}
