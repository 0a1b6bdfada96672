import { randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig, AppConfigToken } from '@libs/config';
import { Principal, ROLES, Role } from '@libs/domain/staff/access';

interface TokenClaims {
  sub: string;
  role: Role;
}

/** Issues and verifies the API's own staff access tokens (JWT, HS256). */
@Injectable()
export class TokenService {
  private readonly logger = new Logger(TokenService.name);
  private readonly jwt: JwtService;

  constructor(@Inject(AppConfigToken) private readonly config: AppConfig) {
    let secret = config.JWT_SECRET;
    if (!secret) {
      // Outside production only (the config refuses to start production without one).
      secret = randomBytes(48).toString('base64');
      this.logger.warn('JWT_SECRET is not set: tokens are signed with a per-process key and die with this process');
    }
    this.jwt = new JwtService({ secret, signOptions: { algorithm: 'HS256', issuer: 'after-sales-api' }, verifyOptions: { algorithms: ['HS256'], issuer: 'after-sales-api' } });
  }

  issue(actor: string, role: Role): { accessToken: string; expiresAt: string } {
    const ttlSeconds = this.config.JWT_TTL_MINUTES * 60;
    const accessToken = this.jwt.sign({ sub: actor, role } satisfies TokenClaims, { expiresIn: ttlSeconds });
    return { accessToken, expiresAt: new Date(Date.now() + ttlSeconds * 1000).toISOString() };
  }

  /** The principal of a valid token, or undefined for a forged, expired or malformed one. */
  verify(token: string, via: Principal['via'] = 'token'): Principal | undefined {
    try {
      const claims = this.jwt.verify<TokenClaims>(token);
      if (!ROLES.includes(claims.role) || typeof claims.sub !== 'string') return undefined;
      return { kind: claims.role === 'department' ? 'department' : 'staff', actor: claims.sub, role: claims.role, via };
    } catch {
      return undefined;
    }
  }
}
