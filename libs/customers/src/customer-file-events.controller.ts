import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiNotFoundResponse, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Acting } from '@libs/audit';
import { CurrentActor } from '@libs/auth/http/auth.decorators';
import { CreateFileEventDto, FileEventDto, FileEventFiledDto, FileEventListDto, ListFileEventsQuery } from './dto/customer-file-event.dto';
import { FileEventsService } from './file-events.service';

/** A-2 / K-8: sales, deliveries, repairs, visits and deals that owe a file entry by a deadline. */
@ApiTags('customers')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'Missing or invalid credentials' })
@ApiBadRequestResponse({ description: 'Invalid field; the message names it' })
@Controller('customer-file-events')
export class CustomerFileEventsController {
  constructor(private readonly events: FileEventsService) {}

  @Post()
  @ApiCreatedResponse({ type: FileEventDto, description: 'Recorded with its deadline (A-2: 2 days; K-8: 3 days for a deal)' })
  @ApiNotFoundResponse({ description: 'No customer with that number; the message names the field' })
  record(@CurrentActor() acting: Acting, @Body() dto: CreateFileEventDto): Promise<FileEventDto> {
    return this.events.record(acting, dto);
  }

  @Get()
  @ApiOkResponse({ type: FileEventListDto, description: 'By responsible staff member, hand-over status and due date' })
  list(@Query() query: ListFileEventsQuery): Promise<FileEventListDto> {
    return this.events.list(query);
  }

  @Post(':id/filed')
  @HttpCode(200)
  @ApiOkResponse({ type: FileEventDto, description: 'The file entry is made now; on time or late (K-8)' })
  @ApiConflictResponse({ description: 'Filed before' })
  filed(@CurrentActor() acting: Acting, @Param('id') id: string, @Body() dto: FileEventFiledDto): Promise<FileEventDto> {
    return this.events.fileEvent(acting, id, dto.customerNo);
  }
}
