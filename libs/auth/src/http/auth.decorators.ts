import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Request } from 'express';
import type { Acting } from '@libs/audit';
import type { Principal, Role } from '@libs/domain/staff/access';

export const IS_PUBLIC = 'auth:public';
export const ROLES = 'auth:roles';
export const COOKIE_AUTH = 'auth:cookie';

/** No credentials needed (health, docs, login). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only these roles; without it, every staff role (not department systems). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

/** Also accept the session cookie (for the Temporal UI's codec calls; never for state changes). */
export const AllowCookieAuth = () => SetMetadata(COOKIE_AUTH, true);

export type AuthenticatedRequest = Request & { principal?: Principal; id?: string };

/** The authenticated caller and the request id, for services and the audit log. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Acting => {
  const req = ctx.switchToHttp().getRequest<AuthenticatedRequest>();
  return { principal: req.principal!, requestId: req.id };
});
