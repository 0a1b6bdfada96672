import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, AppConfigToken } from '@libs/config';
import { DEPARTMENT_CALLBACK_THROTTLER } from '@libs/department-callbacks/department-callbacks.module';
import { ApiKeyEntity, StaffMemberEntity } from '@libs/database';
import { ApiKeysService } from './api-keys.service';
import { AdminCredentialsController } from './http/admin-credentials.controller';
import { AuthController } from './http/auth.controller';
import { AuthGuard } from './http/auth.guard';
import { LoginService } from './login.service';
import { TokenService } from './token.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([StaffMemberEntity, ApiKeyEntity]),
    // Applied where ThrottlerGuard is used (sign-in). Keyed by address and username, so one
    // attacker cannot lock everybody out and one account cannot be guessed at from one address.
    ThrottlerModule.forRootAsync({
      inject: [AppConfigToken],
      useFactory: (config: AppConfig) => ({
        throttlers: [{ name: 'login', ttl: 60_000, limit: config.LOGIN_RATE_LIMIT_PER_MINUTE }, DEPARTMENT_CALLBACK_THROTTLER],
        getTracker: (req: Record<string, any>) => `${req.ip}:${String(req.body?.username ?? '').slice(0, 64)}`,
      }),
    }),
  ],
  controllers: [AuthController, AdminCredentialsController],
  providers: [TokenService, ApiKeysService, LoginService, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [TokenService, ApiKeysService],
})
export class AuthModule {}
