import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Roles } from '@libs/auth/http/auth.decorators';
import { SUPERVISORS_AND_UP } from '@libs/domain/staff/access';
import { OutboxListDto, OutboxQuery } from './dto/outbox.dto';
import { OutboxService } from './outbox.service';

@ApiTags('notifications')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'Missing or invalid credentials' })
@ApiForbiddenResponse({ description: 'Supervisors and up' })
@Controller('outbox')
export class OutboxController {
  constructor(private readonly outbox: OutboxService) {}

  @Get()
  @Roles(...SUPERVISORS_AND_UP)
  @ApiOkResponse({ type: OutboxListDto, description: 'Queued messages, newest first: SMS and letters to customers, e-mail to departments, staff inbox; in development nothing leaves the outbox' })
  list(@Query() query: OutboxQuery): Promise<OutboxListDto> {
    return this.outbox.list(query);
  }
}
