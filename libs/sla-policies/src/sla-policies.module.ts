import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SlaPolicyEntity } from '@libs/database';
import { SlaPoliciesController } from './sla-policies.controller';
import { SlaPoliciesService } from './sla-policies.service';

@Module({
  imports: [TypeOrmModule.forFeature([SlaPolicyEntity])],
  controllers: [SlaPoliciesController],
  providers: [SlaPoliciesService],
})
export class SlaPoliciesModule {}
