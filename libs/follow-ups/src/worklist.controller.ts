import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Acting } from '@libs/audit';
import { CurrentActor } from '@libs/auth/http/auth.decorators';
import { WorklistDto, WorklistQuery } from './dto/worklist.dto';
import { WorklistService } from './worklist.service';

@ApiTags('follow-ups')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'Missing or invalid credentials' })
@ApiForbiddenResponse({ description: "Agents see their own worklist only" })
@Controller('worklist')
export class WorklistController {
  constructor(private readonly worklist: WorklistService) {}

  @Get()
  @ApiOkResponse({ type: WorklistDto, description: 'Follow-up calls due by the end of the day, earliest first, with the customer, products, local time (F-5) and the script (F-9)' })
  list(@CurrentActor() acting: Acting, @Query() query: WorklistQuery): Promise<WorklistDto> {
    return this.worklist.list(acting, query);
  }
}
