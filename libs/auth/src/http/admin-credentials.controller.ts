import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Acting } from '@libs/audit';
import { ApiKeysService } from '../api-keys.service';
import { LoginService } from '../login.service';
import { CurrentActor, Roles } from './auth.decorators';
import { ApiKeyDto, CreateApiKeyDto, CreatedApiKeyDto, SessionsEndedDto, SetCredentialsDto } from './auth.dto';

/** Credentials are an admin's business: staff sign-in and API keys for integrations and departments. */
@ApiTags('admin')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'Only admins' })
@Roles('admin')
@Controller()
export class AdminCredentialsController {
  constructor(
    private readonly logins: LoginService,
    private readonly apiKeys: ApiKeysService,
  ) {}

  /** Sets a person's sign-in; every earlier token and API key of theirs ends (a credential reset). */
  @Put('staff/:code/credentials')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The staff member can sign in with these credentials' })
  @ApiConflictResponse({ description: 'The username is taken by another staff member' })
  setCredentials(@CurrentActor() acting: Acting, @Param('code') code: string, @Body() dto: SetCredentialsDto): Promise<void> {
    return this.logins.setCredentials(acting, code, dto.username, dto.password);
  }

  /** An admin's "sign out everywhere" for a person: every token and API key of theirs ends now. */
  @Post('staff/:code/sign-out-everywhere')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionsEndedDto })
  signOutEverywhere(@CurrentActor() acting: Acting, @Param('code') code: string): Promise<SessionsEndedDto> {
    return this.logins.endSessions(acting, code);
  }

  @Post('api-keys')
  @ApiCreatedResponse({ type: CreatedApiKeyDto })
  createApiKey(@CurrentActor() acting: Acting, @Body() dto: CreateApiKeyDto): Promise<CreatedApiKeyDto> {
    return this.apiKeys.create(acting, dto);
  }

  @Get('api-keys')
  @ApiOkResponse({ type: [ApiKeyDto], description: 'Every key, newest first, revoked ones with revokedAt' })
  async listApiKeys(): Promise<ApiKeyDto[]> {
    const keys = await this.apiKeys.list();
    return keys.map(({ keyHash: _hash, ...visible }) => visible);
  }

  @Delete('api-keys/:id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The key is revoked' })
  revokeApiKey(@CurrentActor() acting: Acting, @Param('id') id: string): Promise<void> {
    return this.apiKeys.revoke(acting, id);
  }
}
