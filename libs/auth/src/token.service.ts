import { createSecretKey, randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig, AppConfigToken } from '@libs/config';
import { STAFF_ROLES, StaffRole } from '@libs/domain/staff/staff';

interface TokenClaims {
  sub: string;
  role: StaffRole;
  /** The person's token version when the token was issued; raised when their access ends. */
  ver: number;
  exp?: number;
}

/** What a well-signed, unexpired token claims; the guard still checks it against the staff table. */
export interface TokenSubject {
  code: string;
  role: StaffRole;
  tokenVersion: number;
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
    // A key object, not the string: given a string, every verification first tries (and fails) to read it
    // as a public key, an exception per request that showed in the API's CPU profile under load.
    const key = createSecretKey(Buffer.from(secret)) as unknown as Buffer;
    this.jwt = new JwtService({ secret: key, signOptions: { algorithm: 'HS256', issuer: 'after-sales-api' }, verifyOptions: { algorithms: ['HS256'], issuer: 'after-sales-api' } });
  }

  issue(member: { code: string; role: StaffRole; tokenVersion: number }): { accessToken: string; expiresAt: string } {
    const ttlSeconds = this.config.JWT_TTL_MINUTES * 60;
    const claims: TokenClaims = { sub: member.code, role: member.role, ver: member.tokenVersion };
    const accessToken = this.jwt.sign(claims, { expiresIn: ttlSeconds });
    return { accessToken, expiresAt: new Date(Date.now() + ttlSeconds * 1000).toISOString() };
  }

  /**
   * The subject of a valid token, or undefined for a forged, expired or malformed one. A token
   * without an expiry or a version is refused: every token this API issues has both.
   */
  verify(token: string): TokenSubject | undefined {
    try {
      const claims = this.jwt.verify<TokenClaims>(token);
      if (typeof claims.exp !== 'number' || typeof claims.sub !== 'string' || !Number.isInteger(claims.ver)) return undefined;
      if (!STAFF_ROLES.includes(claims.role)) return undefined;
      return { code: claims.sub, role: claims.role, tokenVersion: claims.ver };
    } catch {
      return undefined;
    }
  }
}
