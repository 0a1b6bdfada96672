import { Module } from '@nestjs/common';
import { PartsShipmentsController } from './parts-shipments.controller';
import { PartsShipmentsService } from './parts-shipments.service';

/** L-5: parts shipments and their outcome. */
@Module({ controllers: [PartsShipmentsController], providers: [PartsShipmentsService] })
export class PartsShipmentsModule {}
