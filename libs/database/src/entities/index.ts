import { ApiKeyEntity } from './api-key.entity';
import { AuditEventEntity } from './audit-event.entity';
import { CaseRecordEntity } from './case-record.entity';
import { CustomerEntity } from './customer.entity';
import { IdempotencyRecordEntity } from './idempotency-record.entity';
import { SlaPolicyEntity } from './sla-policy.entity';
import { StaffMemberEntity } from './staff-member.entity';
import { DepartmentRequestEntity } from './department-request.entity';
import { DamageClaimEntity } from './damage-claim.entity';
import { ReturnPolicyEntity } from './return-policy.entity';
import { CustomerProductEntity } from './customer-product.entity';
import { CustomerFileEventEntity } from './customer-file-event.entity';
import { DepartmentEntity } from './department.entity';
import { FollowUpPolicyEntity } from './follow-up-policy.entity';

export { ApiKeyEntity, AuditEventEntity, CaseRecordEntity, CustomerEntity, IdempotencyRecordEntity, SlaPolicyEntity, StaffMemberEntity, DepartmentRequestEntity, DamageClaimEntity, ReturnPolicyEntity };
export { CustomerProductEntity, CustomerFileEventEntity, DepartmentEntity };
export { FollowUpPolicyEntity };

export const ENTITIES = [ApiKeyEntity, AuditEventEntity, CaseRecordEntity, CustomerEntity, IdempotencyRecordEntity, SlaPolicyEntity, StaffMemberEntity, DepartmentRequestEntity, DamageClaimEntity, ReturnPolicyEntity, CustomerProductEntity, CustomerFileEventEntity, DepartmentEntity, FollowUpPolicyEntity];
