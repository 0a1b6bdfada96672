import { Body, Controller, Get, HttpCode, HttpException, HttpStatus, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { Acting } from '@libs/audit';
import { ROLES } from '@libs/domain/staff/access';
import { STAFF_ROLES } from '@libs/domain/staff/staff';
import { InvalidCredentialsError, LoginService } from '../login.service';
import { LoginThrottleService } from '../login-throttle.service';
import { CurrentActor, Public, Roles } from './auth.decorators';
import { LoginDto, LoginResponseDto, SessionsEndedDto, WhoAmIDto } from './auth.dto';
import { SESSION_COOKIE } from './auth.guard';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly logins: LoginService,
    private readonly throttle: LoginThrottleService,
  ) {}

  /**
   * Signs a staff member in. Also sets an HTTP-only cookie limited to `/codec`, so that the Temporal
   * UI in the same browser can decode payloads; every other route takes the bearer token only.
   */
  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiUnauthorizedResponse({ description: 'Wrong username or password' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts for this username from this address (Retry-After says when to try again)' })
  async login(@Body() dto: LoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<LoginResponseDto> {
    // req.ip is the connection's address unless TRUSTED_PROXIES names the proxy it came through.
    const verdict = await this.throttle.attempt(req.ip ?? req.socket.remoteAddress ?? 'unknown', dto.username);
    if (!verdict.allowed) {
      res.setHeader('Retry-After', String(verdict.retryAfterSeconds));
      throw new HttpException({ code: 'TOO_MANY_REQUESTS', message: `too many sign-in attempts; try again in ${verdict.retryAfterSeconds} s` }, HttpStatus.TOO_MANY_REQUESTS);
    }
    try {
      const session = await this.logins.login(dto.username, dto.password);
      // Secure whenever the API is reached over HTTPS (directly or through the trusted proxy).
      res.cookie(SESSION_COOKIE, session.accessToken, { httpOnly: true, secure: res.req.secure, sameSite: 'lax', path: '/codec', expires: new Date(session.expiresAt) });
      return session;
    } catch (error) {
      if (error instanceof InvalidCredentialsError) throw new HttpException({ code: 'UNAUTHENTICATED', message: error.message }, HttpStatus.UNAUTHORIZED);
      throw error;
    }
  }

  @Get('me')
  @Roles(...ROLES)
  @ApiBearerAuth()
  @ApiOkResponse({ type: WhoAmIDto, description: 'Who the credentials stand for' })
  me(@CurrentActor() acting: Acting): WhoAmIDto {
    return { actor: acting.principal.actor, role: acting.principal.role, kind: acting.principal.kind, via: acting.principal.via };
  }

  /** Ends every token and API key of the caller, on every device and integration. */
  @Post('sign-out-everywhere')
  @HttpCode(200)
  @Roles(...STAFF_ROLES)
  @ApiBearerAuth()
  @ApiOkResponse({ type: SessionsEndedDto })
  async signOutEverywhere(@CurrentActor() acting: Acting, @Res({ passthrough: true }) res: Response): Promise<SessionsEndedDto> {
    res.clearCookie(SESSION_COOKIE, { path: '/codec' });
    return this.logins.endSessions(acting, acting.principal.actor);
  }
}
