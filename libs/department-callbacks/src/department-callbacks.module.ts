import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DepartmentRequestEntity } from '@libs/database';
import { TemporalClientModule } from '@libs/temporal';
import { ActivityCompleter } from './activity-completer';
import { DepartmentCallbacksController } from './department-callbacks.controller';
import { DepartmentCallbacksService } from './department-callbacks.service';

/** Sign-in and department callbacks are limited separately: one per client address here. */
export const DEPARTMENT_CALLBACK_THROTTLER = {
  name: 'department-callbacks',
  ttl: 60_000,
  limit: 600,
  getTracker: (req: Record<string, any>) => String(req.ip),
};

/** `POST /department-callbacks/:token`: departments' answers complete the waiting activities. */
@Module({
  imports: [TypeOrmModule.forFeature([DepartmentRequestEntity]), TemporalClientModule],
  controllers: [DepartmentCallbacksController],
  providers: [DepartmentCallbacksService, ActivityCompleter],
})
export class DepartmentCallbacksModule {}
