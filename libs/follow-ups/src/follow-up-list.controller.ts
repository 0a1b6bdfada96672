import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Acting } from '@libs/audit';
import { CurrentActor } from '@libs/auth/http/auth.decorators';
import { FollowUpListDto, ListFollowUpsQuery } from './dto/follow-up-list.dto';
import { FollowUpListService } from './follow-up-list.service';

@ApiTags('follow-ups')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'Missing or invalid credentials' })
@ApiForbiddenResponse({ description: "Agents list their own plans only" })
@Controller('follow-ups')
export class FollowUpListController {
  constructor(private readonly plans: FollowUpListService) {}

  @Get()
  @ApiOkResponse({ type: FollowUpListDto, description: 'Plans newest first, with their call counts and next call' })
  @ApiBadRequestResponse({ description: 'Invalid filter; the message and `field` name it' })
  list(@CurrentActor() acting: Acting, @Query() query: ListFollowUpsQuery): Promise<FollowUpListDto> {
    return this.plans.list(acting, query);
  }
}
