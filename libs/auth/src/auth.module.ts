import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DEPARTMENT_CALLBACK_THROTTLER } from '@libs/department-callbacks/department-callbacks.module';
import { ApiKeyEntity, StaffMemberEntity } from '@libs/database';
import { ApiKeysService } from './api-keys.service';
import { AdminCredentialsController } from './http/admin-credentials.controller';
import { AuthController } from './http/auth.controller';
import { AuthGuard } from './http/auth.guard';
import { LoginThrottleService } from './login-throttle.service';
import { LoginService } from './login.service';
import { StaffAccessService } from './staff-access.service';
import { TokenService } from './token.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([StaffMemberEntity, ApiKeyEntity]),
    // Department callbacks, per client address. Sign-in is limited in PostgreSQL (LoginThrottleService)
    // so that every API replica shares one budget.
    ThrottlerModule.forRoot({ throttlers: [DEPARTMENT_CALLBACK_THROTTLER] }),
  ],
  controllers: [AuthController, AdminCredentialsController],
  providers: [TokenService, ApiKeysService, LoginService, LoginThrottleService, StaffAccessService, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [TokenService, ApiKeysService, StaffAccessService],
})
export class AuthModule {}
