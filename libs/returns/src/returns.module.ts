import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CaseUpdateExecutor } from '@libs/cases/case-update-executor';
import { CaseRecordEntity, CustomerEntity, DamageClaimEntity, ReturnPolicyEntity } from '@libs/database';
import { DamageClaimsController } from './damage-claims/damage-claims.controller';
import { DamageClaimsService } from './damage-claims/damage-claims.service';
import { ReturnPoliciesController } from './policies/return-policies.controller';
import { ReturnPoliciesService } from './policies/return-policies.service';
import { ReturnAccessGuard } from './return-access.guard';
import { ReturnActionsService } from './return-actions.service';
import { ReturnIntakeService } from './return-intake.service';
import { ReturnQueriesService } from './return-queries.service';
import { ReturnsController } from './returns.controller';

/** Returns, refunds and exchanges (R-1..R-9), their policies and the damage register (L-3). */
@Module({
  imports: [TypeOrmModule.forFeature([CaseRecordEntity, CustomerEntity, DamageClaimEntity, ReturnPolicyEntity])],
  controllers: [ReturnsController, DamageClaimsController, ReturnPoliciesController],
  providers: [ReturnAccessGuard, ReturnIntakeService, ReturnQueriesService, ReturnActionsService, DamageClaimsService, ReturnPoliciesService, CaseUpdateExecutor],
})
export class ReturnsModule {}
