import { Module } from '@nestjs/common';
import { createPlatformMetrics } from '@libs/observability';
import { API_METRICS } from './api-metrics';
import { MetricsController } from './metrics.controller';

@Module({
  controllers: [MetricsController],
  providers: [{ provide: API_METRICS, useFactory: () => createPlatformMetrics('api') }],
  exports: [API_METRICS],
})
export class MetricsModule {}
