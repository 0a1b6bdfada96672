import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiProduces, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Roles } from '@libs/auth/http/auth.decorators';
import { reportPeriod } from '@libs/domain/reports/report-period';
import { SUPERVISORS_AND_UP } from '@libs/domain/staff/access';
import { ComplaintReportsService } from './complaint-reports.service';
import { FollowUpReportQuery, ReportQuery } from './dto/report-query.dto';
import { ReportDto } from './dto/report.dto';
import { FollowUpReportsService } from './follow-up-reports.service';
import { KpiReportService } from './kpi-report.service';
import { PeopleReportsService } from './people-reports.service';
import { respond, wantsCsv } from './report-response';

type Reply = Promise<ReportDto | string>;

/** What management reads (C-11, F-12, K-1..K-8): JSON, or CSV with `?format=csv` or `Accept: text/csv`. */
@ApiTags('reports')
@ApiBearerAuth()
@ApiProduces('application/json', 'text/csv')
@ApiUnauthorizedResponse({ description: 'Missing or invalid credentials' })
@ApiForbiddenResponse({ description: 'Supervisors and up only' })
@ApiBadRequestResponse({ description: 'Missing or invalid from/to (dates like 2026-11-01, to after from, at most 731 days) or format' })
@Roles(...SUPERVISORS_AND_UP)
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly complaints: ComplaintReportsService,
    private readonly kpi: KpiReportService,
    private readonly people: PeopleReportsService,
    private readonly followUps: FollowUpReportsService,
  ) {}

  @Get('complaints/weekly')
  @ApiOkResponse({ type: ReportDto, description: 'C-11: per week by category, cause, product and department' })
  async weekly(@Query() q: ReportQuery, @Req() req: Request, @Res({ passthrough: true }) res: Response): Reply {
    return respond(res, await this.complaints.weekly(reportPeriod(q)), wantsCsv(q.format, req));
  }

  @Get('complaints/monthly')
  @ApiOkResponse({ type: ReportDto, description: 'C-11: the monthly complaint report' })
  async monthly(@Query() q: ReportQuery, @Req() req: Request, @Res({ passthrough: true }) res: Response): Reply {
    return respond(res, await this.complaints.monthly(reportPeriod(q)), wantsCsv(q.format, req));
  }

  @Get('follow-ups')
  @ApiOkResponse({ type: ReportDto, description: 'F-12: daily, weekly or monthly counts by tier and outcome' })
  async followUpCounts(@Query() q: FollowUpReportQuery, @Req() req: Request, @Res({ passthrough: true }) res: Response): Reply {
    return respond(res, await this.followUps.counts(reportPeriod(q), q.by ?? 'day'), wantsCsv(q.format, req));
  }

  @Get('kpis')
  @ApiOkResponse({ type: ReportDto, description: 'K-1..K-8, C-5, A-4: each value beside its target' })
  async kpis(@Query() q: ReportQuery, @Req() req: Request, @Res({ passthrough: true }) res: Response): Reply {
    return respond(res, await this.kpi.kpis(reportPeriod(q)), wantsCsv(q.format, req));
  }

  @Get('agents')
  @ApiOkResponse({ type: ReportDto, description: 'K-6: the monthly scorecard of each agent' })
  async agents(@Query() q: ReportQuery, @Req() req: Request, @Res({ passthrough: true }) res: Response): Reply {
    return respond(res, await this.people.scorecard(reportPeriod(q)), wantsCsv(q.format, req));
  }

  @Get('file-completeness')
  @ApiOkResponse({ type: ReportDto, description: 'A-4: complete files overall, by region and by agent' })
  async completeness(@Query() q: ReportQuery, @Req() req: Request, @Res({ passthrough: true }) res: Response): Reply {
    return respond(res, await this.people.completeness(reportPeriod(q)), wantsCsv(q.format, req));
  }

  @Get('file-hand-overs')
  @ApiOkResponse({ type: ReportDto, description: 'A-2 / K-8: file entries due, late and overdue per staff member' })
  async fileHandOvers(@Query() q: ReportQuery, @Req() req: Request, @Res({ passthrough: true }) res: Response): Reply {
    return respond(res, await this.people.fileHandOvers(reportPeriod(q)), wantsCsv(q.format, req));
  }
}
