import type { NextFunction, Request, Response } from 'express';
import type { PlatformMetrics } from '@libs/observability';

export const API_METRICS = Symbol('API_METRICS');

// A case is opened by a 201 on one of these routes (an idempotent retry answers 200 and is not counted).
const OPENING_ROUTES: Record<string, string> = { '/complaints': 'complaint', '/returns': 'return', '/follow-ups': 'followup' };

/**
 * Express middleware: counts each request by route pattern (never the concrete path, which carries case
 * numbers) and status when the response is finished, and the cases the API opened.
 */
export function httpMetricsMiddleware(metrics: PlatformMetrics) {
  return (req: Request, res: Response, next: NextFunction) => {
    const started = performance.now();
    res.on('finish', () => {
      const route = req.route?.path ? `${req.baseUrl}${String(req.route.path)}` : 'unmatched';
      metrics.httpRequests.inc({ method: req.method, route, status: String(res.statusCode) });
      metrics.httpSeconds.observe({ method: req.method, route }, (performance.now() - started) / 1000);
      const opened = OPENING_ROUTES[route];
      if (opened && req.method === 'POST' && res.statusCode === 201) metrics.casesOpened.inc({ type: opened });
    });
    next();
  };
}
