import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Principal, Role, STAFF_ROLES_ALL } from '@libs/domain/staff/access';
import { ApiKeysService } from '../api-keys.service';
import { looksLikeApiKey } from '../credentials/api-key';
import { StaffAccessService } from '../staff-access.service';
import { TokenService } from '../token.service';
import { AuthenticatedRequest, COOKIE_AUTH, IS_PUBLIC, ROLES } from './auth.decorators';

export const SESSION_COOKIE = 'as_session';

const INVALID = 'the token or API key is invalid, expired or revoked';
const ENDED = 'this session has ended (signed out everywhere, credentials reset, or the person left); sign in again';

/**
 * Every route needs credentials unless marked @Public(): missing or invalid ones give 401, a role the
 * route does not allow gives 403. Bearer tokens are the API's JWTs or API keys (`ask_...`). A token
 * counts only while its person exists, has not left and has not had their access ended since it was
 * issued (the token version, checked against PostgreSQL on every request).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly apiKeys: ApiKeysService,
    private readonly access: StaffAccessService,
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
      if (looksLikeApiKey(credential)) {
        const principal = await this.apiKeys.authenticate(credential);
        if (!principal) throw unauthenticated(INVALID);
        return principal;
      }
      return this.fromToken(credential, 'token', INVALID);
    }
    const cookie = cookieAllowed ? (request.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE] : undefined;
    if (cookie) return this.fromToken(cookie, 'cookie', 'the session has expired; sign in again');
    throw unauthenticated('credentials are missing: send Authorization: Bearer <token or API key>');
  }

  private async fromToken(token: string, via: 'token' | 'cookie', invalid: string): Promise<Principal> {
    const subject = this.tokens.verify(token);
    if (!subject) throw unauthenticated(invalid);
    const person = await this.access.current(subject.code);
    if (!person) throw unauthenticated(invalid);
    if (person.status === 'departed' || person.tokenVersion !== subject.tokenVersion) throw unauthenticated(ENDED);
    // The role held now, not the one the token claims.
    return { kind: 'staff', actor: subject.code, role: person.role, via };
  }
}

function unauthenticated(message: string): UnauthorizedException {
  return new UnauthorizedException({ code: 'UNAUTHENTICATED', message });
}
