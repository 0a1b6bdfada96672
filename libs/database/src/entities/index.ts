import { CaseRecordEntity } from './case-record.entity';
import { CustomerEntity } from './customer.entity';
import { IdempotencyRecordEntity } from './idempotency-record.entity';
import { SlaPolicyEntity } from './sla-policy.entity';
import { StaffMemberEntity } from './staff-member.entity';

export { CaseRecordEntity, CustomerEntity, IdempotencyRecordEntity, SlaPolicyEntity, StaffMemberEntity };

export const ENTITIES = [CaseRecordEntity, CustomerEntity, IdempotencyRecordEntity, SlaPolicyEntity, StaffMemberEntity];
