import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiCreatedResponse, ApiForbiddenResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Acting } from '@libs/audit';
import { CurrentActor, Roles } from '@libs/auth/http/auth.decorators';
import { IdempotencyKey } from '@libs/cases/idempotency-key.decorator';
import { ApiIdempotencyKey } from '@libs/http';
import { CreateCustomerEventDto, CustomerEventDto } from './customer-event.dto';
import { CustomerEventsService } from './customer-events.service';

/** F-8: events whose chosen customers are invited by phone two weeks ahead, then by letter. */
@ApiTags('follow-ups')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'Missing or invalid credentials' })
@ApiForbiddenResponse({ description: 'Supervisors and managers' })
@Controller('customer-events')
export class CustomerEventsController {
  constructor(private readonly events: CustomerEventsService) {}

  @Post()
  @HttpCode(201)
  @Roles('supervisor', 'manager', 'gm_office', 'admin')
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: CustomerEventDto, description: "The event with each customer's invitation plan: a call due two weeks before, then the letter" })
  @ApiOkResponse({ type: CustomerEventDto, description: 'A retry with the same Idempotency-Key: the event made before' })
  @ApiBadRequestResponse({ description: 'Invalid field, a date not in the future or a customer without a file; `field` names it' })
  async create(@CurrentActor() acting: Acting, @Body() dto: CreateCustomerEventDto, @IdempotencyKey() key: string | undefined, @Res({ passthrough: true }) res: Response): Promise<CustomerEventDto> {
    const result = await this.events.create(acting, dto, key);
    if (!result.created) res.status(200);
    return result.event;
  }
}
