import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

const SWAGGER_PATH = /^\/docs(\/|$|-json)/;

/**
 * Helmet with a strict script policy everywhere except the Swagger page, whose UI runs an inline
 * initialiser; and `Cache-Control: no-store` on every API answer, since nearly all of them carry
 * tokens or customer data that no browser or proxy cache may keep.
 */
export function securityHeaders(): RequestHandler[] {
  const common = { crossOriginResourcePolicy: { policy: 'same-site' as const } };
  const strict = helmet({ ...common, contentSecurityPolicy: { directives: { scriptSrc: ["'self'"], imgSrc: ["'self'", 'data:'] } } });
  const swagger = helmet({ ...common, contentSecurityPolicy: { directives: { scriptSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:'] } } });
  return [
    (req: Request, res: Response, next: NextFunction) => (SWAGGER_PATH.test(req.path) ? swagger(req, res, next) : strict(req, res, next)),
    (req: Request, res: Response, next: NextFunction) => {
      if (!SWAGGER_PATH.test(req.path)) res.setHeader('Cache-Control', 'no-store');
      next();
    },
  ];
}
