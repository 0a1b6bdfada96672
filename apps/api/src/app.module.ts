import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AttachmentsModule } from '@libs/attachments';
import { AuditModule } from '@libs/audit';
import { AuthModule } from '@libs/auth';
import { ComplaintsModule } from '@libs/complaints';
import { NegativeReviewsModule } from '@libs/complaints/negative-reviews/negative-reviews.module';
import { DepartmentCallbacksModule } from '@libs/department-callbacks';
import { ReturnsModule } from '@libs/returns';
import { PartsShipmentsModule } from '@libs/returns/parts-shipments/parts-shipments.module';
import { SlaPoliciesModule } from '@libs/sla-policies';
import { CalendarsModule } from '@libs/calendars';
import { StaffModule } from '@libs/staff';
import { CustomersModule } from '@libs/customers';
import { ReportsModule } from '@libs/reports';
import { FollowUpsModule } from '@libs/follow-ups';
import { AppConfig, ConfigModule } from '@libs/config';
import { DatabaseModule } from '@libs/database';
import { GlobalExceptionFilter } from '@libs/http';
import { httpLoggerModule } from '@libs/logging';
import { TemporalClientModule } from '@libs/temporal';
import { CodecModule } from './codec/codec.module';
import { ConsoleStaticModule } from './console/console-static.module';
import { HealthModule } from './health/health.module';
import { MetricsModule } from './metrics/metrics.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig) {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        httpLoggerModule(config, 'api'),
        DatabaseModule,
        TemporalClientModule,
        AuditModule,
        AuthModule,
        HealthModule,
        MetricsModule,
        ComplaintsModule,
        NegativeReviewsModule,
        SlaPoliciesModule,
        CalendarsModule,
        ReturnsModule,
        PartsShipmentsModule,
        AttachmentsModule,
        StaffModule,
        CustomersModule,
        ReportsModule,
        FollowUpsModule,
        DepartmentCallbacksModule,
        CodecModule,
        ConsoleStaticModule.register(),
      ],
      providers: [{ provide: APP_FILTER, useClass: GlobalExceptionFilter }],
    };
  }
}
