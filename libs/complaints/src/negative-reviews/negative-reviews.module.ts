import { Module } from '@nestjs/common';
import { CustomerWordsSealer } from './customer-words-sealer';
import { NegativeReviewsController } from './negative-reviews.controller';
import { NegativeReviewsService } from './negative-reviews.service';

/** C-15: negative reviews. */
@Module({ controllers: [NegativeReviewsController], providers: [NegativeReviewsService, CustomerWordsSealer] })
export class NegativeReviewsModule {}
