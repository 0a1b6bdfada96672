import { Module } from '@nestjs/common';
import { CustomerFileEventsController } from './customer-file-events.controller';
import { CustomerFilesService } from './customer-files.service';
import { CustomerProductsService } from './customer-products.service';
import { CustomerSearchService } from './customer-search.service';
import { CustomersController } from './customers.controller';
import { FileEventsService } from './file-events.service';
import { FollowUpTriggers } from '@libs/follow-ups/triggers/follow-up-triggers.service';

@Module({
  controllers: [CustomersController, CustomerFileEventsController],
  providers: [CustomerFilesService, CustomerSearchService, CustomerProductsService, FileEventsService, FollowUpTriggers],
})
export class CustomersModule {}
