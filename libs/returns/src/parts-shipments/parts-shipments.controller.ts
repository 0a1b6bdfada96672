import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { Acting } from '@libs/audit';
import { CurrentActor, Roles } from '@libs/auth/http/auth.decorators';
import { RETURN_GOODS_HANDLERS } from '@libs/domain/staff/access';
import { CreatePartsShipmentDto, ListPartsShipmentsQuery, PartsShipmentDto, PartsShipmentListDto, PartsShipmentOutcomeDto } from './parts-shipment.dto';
import { PartsShipmentsService } from './parts-shipments.service';

/** L-5: parts shipments, recorded by the warehouse once the L-4 checks pass, corrected when a part was wrong or missing. */
@ApiTags('returns')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'Missing or invalid credentials' })
@ApiForbiddenResponse({ description: 'The warehouse and the back office only' })
@ApiBadRequestResponse({ description: 'Invalid field; the message names it' })
@Roles(...RETURN_GOODS_HANDLERS)
@Controller('parts-shipments')
export class PartsShipmentsController {
  constructor(private readonly shipments: PartsShipmentsService) {}

  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ type: PartsShipmentDto, description: 'Recorded as correct until a correction says otherwise' })
  @ApiOkResponse({ type: PartsShipmentDto, description: 'The waybill was recorded before with the same parts: that shipment' })
  @ApiConflictResponse({ description: 'L-4: not shipped: stock, the address and contact or (chargeable parts) the payment failed its check, the message names which (field: parts, to or orderRef); or the waybill was recorded before with other parts or another case. Nothing is recorded' })
  @ApiServiceUnavailableResponse({ description: "L-4: the sales or finance department could not be asked, or the workflow service did not take the customer's SMS; nothing is recorded, try again" })
  async record(@CurrentActor() acting: Acting, @Body() dto: CreatePartsShipmentDto, @Res({ passthrough: true }) res: Response): Promise<PartsShipmentDto> {
    const { shipment, created } = await this.shipments.record(acting, dto);
    if (!created) res.status(200);
    return shipment;
  }

  @Get()
  @ApiOkResponse({ type: PartsShipmentListDto, description: 'Newest first, by shipping date range and result' })
  list(@Query() query: ListPartsShipmentsQuery): Promise<PartsShipmentListDto> {
    return this.shipments.list(query);
  }

  @Post(':id/outcome')
  @HttpCode(200)
  @ApiOkResponse({ type: PartsShipmentDto, description: 'The result as now known, with who corrected it and when' })
  @ApiNotFoundResponse({ description: 'No such shipment' })
  outcome(@CurrentActor() acting: Acting, @Param('id') id: string, @Body() dto: PartsShipmentOutcomeDto): Promise<PartsShipmentDto> {
    return this.shipments.recordOutcome(acting, id, dto);
  }
}
