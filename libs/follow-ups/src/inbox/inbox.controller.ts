import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Acting } from '@libs/audit';
import { CurrentActor, Roles } from '@libs/auth/http/auth.decorators';
import { Role, SUPERVISORS_AND_UP } from '@libs/domain/staff/access';
import { InboxListDto, InboxMessageDto, InboxQuery } from './inbox.dto';
import { InboxService } from './inbox.service';

/** Everyone on the staff has an inbox (the warehouse and finance get return messages); departments do not. */
const INBOX_OWNERS: readonly Role[] = ['agent', 'warehouse', 'finance', ...SUPERVISORS_AND_UP];

@ApiTags('notifications')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'Missing or invalid credentials' })
@ApiForbiddenResponse({ description: 'Staff only; departments have no inbox' })
@Controller('inbox')
export class InboxController {
  constructor(private readonly inbox: InboxService) {}

  @Get()
  @Roles(...INBOX_OWNERS)
  @ApiOkResponse({ type: InboxListDto, description: "The caller's staff-inbox messages (their own and their role's), newest first, with read/unread" })
  @ApiBadRequestResponse({ description: 'Invalid filter; the message and `field` name it' })
  list(@CurrentActor() acting: Acting, @Query() query: InboxQuery): Promise<InboxListDto> {
    return this.inbox.list(acting, query);
  }

  @Post(':id/read')
  @HttpCode(200)
  @Roles(...INBOX_OWNERS)
  @ApiOkResponse({ type: InboxMessageDto, description: 'The message, read by the caller; reading it again changes nothing' })
  @ApiBadRequestResponse({ description: 'The id is not a message number' })
  @ApiNotFoundResponse({ description: "No such message in the caller's inbox (another person's message is not shown)" })
  markRead(@CurrentActor() acting: Acting, @Param('id') id: string): Promise<InboxMessageDto> {
    return this.inbox.markRead(acting, id);
  }

  @Post(':id/unread')
  @HttpCode(200)
  @Roles(...INBOX_OWNERS)
  @ApiOkResponse({ type: InboxMessageDto, description: 'The message, unread again for the caller' })
  @ApiBadRequestResponse({ description: 'The id is not a message number' })
  @ApiNotFoundResponse({ description: "No such message in the caller's inbox" })
  markUnread(@CurrentActor() acting: Acting, @Param('id') id: string): Promise<InboxMessageDto> {
    return this.inbox.markUnread(acting, id);
  }
}
