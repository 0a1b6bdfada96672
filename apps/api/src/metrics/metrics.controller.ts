import { Controller, Get, Header, Inject, Req, UnauthorizedException } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { Public } from '@libs/auth/http/auth.decorators';
import { AppConfig, AppConfigToken } from '@libs/config';
import type { PlatformMetrics } from '@libs/observability';
import { API_METRICS } from './api-metrics';

/**
 * Prometheus scrapes `/metrics`: counts and timings only, no case numbers or personal data. When
 * METRICS_TOKEN is set the scraper must send it as a bearer token (set it wherever the API is reachable
 * from outside the monitoring network).
 */
@ApiExcludeController()
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(
    @Inject(API_METRICS) private readonly metrics: PlatformMetrics,
    @Inject(AppConfigToken) private readonly config: AppConfig,
  ) {}

  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async scrape(@Req() req: Request): Promise<string> {
    const token = this.config.METRICS_TOKEN;
    if (token) {
      const sent = Buffer.from(req.headers.authorization?.replace(/^Bearer /, '') ?? '');
      const wanted = Buffer.from(token);
      if (sent.length !== wanted.length || !timingSafeEqual(sent, wanted)) throw new UnauthorizedException('metrics need the METRICS_TOKEN bearer token');
    }
    return this.metrics.registry.metrics();
  }
}
