import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Principal, Role, STAFF_ROLES_ALL } from '@libs/domain/staff/access';
import { ApiKeysService } from '../api-keys.service';
import { looksLikeApiKey } from '../credentials/api-key';
import { TokenService } from '../token.service';
import { AuthenticatedRequest, COOKIE_AUTH, IS_PUBLIC, ROLES } from './auth.decorators';

export const SESSION_COOKIE = 'as_session';

/**
 * Every route needs credentials unless marked @Public(): missing or invalid ones give 401, a role the
 * route does not allow gives 403. Bearer tokens are the API's JWTs or API keys (`ask_...`).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly apiKeys: ApiKeysService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const principal = await this.authenticate(request, this.reflector.getAllAndOverride<boolean>(COOKIE_AUTH, targets) ?? false);
    request.principal = principal;

    const allowed = this.reflector.getAllAndOverride<Role[]>(ROLES, targets) ?? STAFF_ROLES_ALL;
    if (!allowed.includes(principal.role)) {
      throw new ForbiddenException({ code: 'FORBIDDEN', message: `role ${principal.role} may not do this; allowed: ${allowed.join(', ')}` });
    }
    return true;
  }

  private async authenticate(request: AuthenticatedRequest, cookieAllowed: boolean): Promise<Principal> {
    const header = request.headers.authorization;
    if (header) {
      const [scheme, credential] = header.split(' ');
      if (scheme?.toLowerCase() !== 'bearer' || !credential) throw unauthenticated('Authorization must be "Bearer <token or API key>"');
      const principal = looksLikeApiKey(credential) ? await this.apiKeys.authenticate(credential) : this.tokens.verify(credential);
      if (!principal) throw unauthenticated('the token or API key is invalid, expired or revoked');
      return principal;
    }
    const cookie = cookieAllowed ? (request.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE] : undefined;
    if (cookie) {
      const principal = this.tokens.verify(cookie, 'cookie');
      if (!principal) throw unauthenticated('the session has expired; sign in again');
      return principal;
    }
    throw unauthenticated('credentials are missing: send Authorization: Bearer <token or API key>');
  }
}

function unauthenticated(message: string): UnauthorizedException {
  return new UnauthorizedException({ code: 'UNAUTHENTICATED', message });
}
