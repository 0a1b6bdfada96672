import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { Acting } from '@libs/audit';
import { CurrentActor, Roles } from '@libs/auth/http/auth.decorators';
import { SUPERVISORS_AND_UP } from '@libs/domain/staff/access';
import { EditSummaryDto, GenerateSummaryDto, SummaryFormatQuery, SupervisorSummaryDetailDto, SupervisorSummaryListDto } from './supervisor-summary.dto';
import { SupervisorSummariesService } from './supervisor-summaries.service';

/** K-7: monthly and yearly summaries of after-sales work, drafted from the data, edited and filed by supervisors. */
@ApiTags('reports')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'Missing or invalid credentials' })
@ApiForbiddenResponse({ description: 'Supervisors and up only' })
@ApiBadRequestResponse({ description: 'Invalid field; the message names it' })
@Roles(...SUPERVISORS_AND_UP)
@Controller('reports/summaries')
export class SupervisorSummariesController {
  constructor(private readonly summaries: SupervisorSummariesService) {}

  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ type: SupervisorSummaryDetailDto, description: 'The draft, in Markdown, from the data of the month or year' })
  @ApiOkResponse({ type: SupervisorSummaryDetailDto, description: 'The period has a summary already: that one, as it stands' })
  async generate(@CurrentActor() acting: Acting, @Body() dto: GenerateSummaryDto, @Res({ passthrough: true }) res: Response): Promise<SupervisorSummaryDetailDto> {
    const { summary, created } = await this.summaries.generate(acting, dto.period);
    if (!created) res.status(200);
    return summary;
  }

  @Get()
  @ApiOkResponse({ type: SupervisorSummaryListDto, description: 'Every summary, latest period first, without the text' })
  list(): Promise<SupervisorSummaryListDto> {
    return this.summaries.list();
  }

  @Get(':period')
  @ApiProduces('application/json', 'text/markdown')
  @ApiOkResponse({ type: SupervisorSummaryDetailDto, description: 'The summary; with `?format=markdown` or `Accept: text/markdown` the text as a download' })
  @ApiNotFoundResponse({ description: 'No summary for that period' })
  async get(@Param('period') period: string, @Query() q: SummaryFormatQuery, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<SupervisorSummaryDetailDto | string> {
    const summary = await this.summaries.get(period);
    const markdown = q.format ? q.format === 'markdown' : req.accepts(['application/json', 'text/markdown']) === 'text/markdown';
    if (!markdown) return summary;
    res.type('text/markdown; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="summary_${summary.period}.md"`);
    return summary.body;
  }

  @Put(':period')
  @ApiOkResponse({ type: SupervisorSummaryDetailDto, description: 'The text as the supervisor wrote it' })
  @ApiNotFoundResponse({ description: 'No summary for that period' })
  @ApiConflictResponse({ description: 'The summary is filed and cannot change' })
  edit(@CurrentActor() acting: Acting, @Param('period') period: string, @Body() dto: EditSummaryDto): Promise<SupervisorSummaryDetailDto> {
    return this.summaries.edit(acting, period, dto.body);
  }

  @Post(':period/file')
  @HttpCode(200)
  @ApiOkResponse({ type: SupervisorSummaryDetailDto, description: 'Filed: the record from now on, never changed again' })
  @ApiNotFoundResponse({ description: 'No summary for that period' })
  @ApiConflictResponse({ description: 'Filed before' })
  file(@CurrentActor() acting: Acting, @Param('period') period: string): Promise<SupervisorSummaryDetailDto> {
    return this.summaries.file(acting, period);
  }
}
