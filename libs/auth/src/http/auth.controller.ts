import { Body, Controller, Get, HttpCode, Post, Res, UnauthorizedException, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Response } from 'express';
import type { Acting } from '@libs/audit';
import { ROLES } from '@libs/domain/staff/access';
import { InvalidCredentialsError, LoginService } from '../login.service';
import { CurrentActor, Public, Roles } from './auth.decorators';
import { LoginDto, LoginResponseDto, WhoAmIDto } from './auth.dto';
import { SESSION_COOKIE } from './auth.guard';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly logins: LoginService) {}

  /**
   * Signs a staff member in. Also sets an HTTP-only cookie limited to `/codec`, so that the Temporal
   * UI in the same browser can decode payloads; every other route takes the bearer token only.
   */
  @Post('login')
  @Public()
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiUnauthorizedResponse({ description: 'Wrong username or password' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts for this username from this address' })
  async login(@Body() dto: LoginDto, @Res({ passthrough: true }) res: Response): Promise<LoginResponseDto> {
    try {
      const session = await this.logins.login(dto.username, dto.password);
      res.cookie(SESSION_COOKIE, session.accessToken, { httpOnly: true, sameSite: 'lax', path: '/codec', expires: new Date(session.expiresAt) });
      return session;
    } catch (error) {
      if (error instanceof InvalidCredentialsError) throw new UnauthorizedException({ code: 'UNAUTHENTICATED', message: error.message });
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
}
