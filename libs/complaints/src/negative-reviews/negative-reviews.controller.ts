import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { Acting } from '@libs/audit';
import { CurrentActor } from '@libs/auth/http/auth.decorators';
import {
  CloseNegativeReviewDto,
  ContactBuyerDto,
  ListNegativeReviewsQuery,
  NegativeReviewDetailDto,
  NegativeReviewDto,
  NegativeReviewListDto,
  OfferRemedyDto,
  RecordNegativeReviewDto,
} from './negative-review.dto';
import { NegativeReviewsService } from './negative-reviews.service';

/** C-15: negative reviews, handled by the after-sales back office. */
@ApiTags('complaints')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'Missing or invalid credentials' })
@ApiForbiddenResponse({ description: 'The after-sales back office only' })
@ApiBadRequestResponse({ description: 'Invalid field; the message names it' })
@Controller('negative-reviews')
export class NegativeReviewsController {
  constructor(private readonly reviews: NegativeReviewsService) {}

  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ type: NegativeReviewDetailDto, description: 'Recorded; the text is stored encrypted' })
  @ApiOkResponse({ type: NegativeReviewDetailDto, description: 'The review of this platform and order was recorded before with the same rating and text' })
  @ApiNotFoundResponse({ description: 'No customer with that number' })
  @ApiConflictResponse({ description: 'A review of this platform and order is recorded with another rating, text or customer' })
  async record(@CurrentActor() acting: Acting, @Body() dto: RecordNegativeReviewDto, @Res({ passthrough: true }) res: Response): Promise<NegativeReviewDetailDto> {
    const { review, created } = await this.reviews.record(acting, dto);
    if (!created) res.status(200);
    return review;
  }

  @Get()
  @ApiOkResponse({ type: NegativeReviewListDto, description: 'Newest first, by status, platform and recording date range; without the text' })
  list(@Query() query: ListNegativeReviewsQuery): Promise<NegativeReviewListDto> {
    return this.reviews.list(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: NegativeReviewDetailDto })
  @ApiNotFoundResponse({ description: 'No such review' })
  get(@Param('id') id: string): Promise<NegativeReviewDetailDto> {
    return this.reviews.get(id);
  }

  @Post(':id/contact')
  @HttpCode(200)
  @ApiOkResponse({ type: NegativeReviewDto, description: 'The buyer was reached; the caller handles the review' })
  @ApiNotFoundResponse({ description: 'No such review' })
  @ApiConflictResponse({ description: 'Not possible in the review\'s state (the message names it)' })
  contact(@CurrentActor() acting: Acting, @Param('id') id: string, @Body() dto: ContactBuyerDto): Promise<NegativeReviewDto> {
    return this.reviews.contact(acting, id, dto);
  }

  @Post(':id/remedy')
  @HttpCode(200)
  @ApiOkResponse({ type: NegativeReviewDto, description: 'C-15: return/exchange for an unused item, else a VIP upgrade, a gift or free shipping on the next order' })
  @ApiNotFoundResponse({ description: 'No such review' })
  @ApiConflictResponse({ description: 'Not possible in the review\'s state (the message names it)' })
  offerRemedy(@CurrentActor() acting: Acting, @Param('id') id: string, @Body() dto: OfferRemedyDto): Promise<NegativeReviewDto> {
    return this.reviews.offerRemedy(acting, id, dto);
  }

  @Post(':id/close')
  @HttpCode(200)
  @ApiOkResponse({ type: NegativeReviewDto })
  @ApiNotFoundResponse({ description: 'No such review' })
  @ApiConflictResponse({ description: 'Not possible in the review\'s state (the message names it)' })
  close(@CurrentActor() acting: Acting, @Param('id') id: string, @Body() dto: CloseNegativeReviewDto): Promise<NegativeReviewDto> {
    return this.reviews.close(acting, id, dto);
  }
}
