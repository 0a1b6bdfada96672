import type { NextFunction, Request, Response } from 'express';
import { AdmissionLimits, AdmissionQueue } from './admission-queue';

/** Seconds a refused client should wait; a queue that is full drains in about this time. */
export const RETRY_AFTER_SECONDS = 2;

/**
 * Never queued: probes, so that a busy API still answers `/health`; and department callbacks, which
 * complete work that queued requests may be waiting for (a refund confirmed by finance).
 */
export const NEVER_QUEUED = (path: string) => path.startsWith('/health') || path.startsWith('/department-callbacks/');

/**
 * Express middleware in front of everything else (guards included, which read the database too).
 * Reads and writes wait in lines of their own, each with the same limits: a burst of creates does not
 * hold up other users' reads.
 */
export function admissionControl(limits: AdmissionLimits, bypass: (path: string) => boolean = NEVER_QUEUED) {
  const reads = new AdmissionQueue(limits);
  const writes = new AdmissionQueue(limits);
  return async function admission(req: Request, res: Response, next: NextFunction): Promise<void> {
    if (bypass(req.path)) return next();
    const turn = await (req.method === 'GET' || req.method === 'HEAD' ? reads : writes).enter();
    if (!turn.admitted) {
      res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      res.status(503).json({
        statusCode: 503,
        code: 'OVERLOADED',
        message: `服务繁忙，请 ${RETRY_AFTER_SECONDS} 秒后重试 / the API is at capacity (${turn.reason === 'queue_full' ? 'queue full' : 'no turn in time'}); retry after ${RETRY_AFTER_SECONDS} s`,
      });
      return;
    }
    res.once('finish', turn.release);
    res.once('close', turn.release);
    next();
  };
}
