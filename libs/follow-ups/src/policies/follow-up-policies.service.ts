import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Acting, AuditService } from '@libs/audit';
import { FollowUpPolicyEntity } from '@libs/database';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { DEFAULT_FOLLOW_UP_POLICY_CODE, FollowUpPolicyTerms, followUpPolicyProblems } from '@libs/domain/follow-ups/follow-up-policy';
import { TermsDocumentInput, termsDocumentVersion, VersionedPolicyStore } from '@libs/policy-store';
import { CreateFollowUpPolicyDto, FollowUpPolicyDetailDto, FollowUpPolicyListDto, FollowUpPolicyResponseDto, FollowUpPolicyVersionDto, mapFollowUpPolicy } from './dto/follow-up-policy.dto';

/**
 * Follow-up policies as versioned data. A version is never changed: a change is the next version of the
 * code, and a running plan keeps the version it started with; sample and care runs read the latest.
 */
@Injectable()
export class FollowUpPoliciesService {
  private readonly store: VersionedPolicyStore<FollowUpPolicyEntity, TermsDocumentInput<FollowUpPolicyTerms>>;

  constructor(@InjectRepository(FollowUpPolicyEntity) policies: Repository<FollowUpPolicyEntity>, audit: AuditService) {
    this.store = new VersionedPolicyStore<FollowUpPolicyEntity, TermsDocumentInput<FollowUpPolicyTerms>>(policies, audit, {
      entity: FollowUpPolicyEntity,
      label: 'follow-up policy',
      resource: 'follow-up-policy',
      path: '/follow-up-policies',
      version: termsDocumentVersion({
        defaultCode: DEFAULT_FOLLOW_UP_POLICY_CODE,
        defaultMustStayActive: 'the default follow-up policy must stay active: plans that name no policy and the scheduled runs use it',
        check: checkedTerms,
        auditTerms: false,
      }),
    });
  }

  async list(): Promise<FollowUpPolicyListDto> {
    const rows = await this.store.list();
    return { items: rows.map(mapFollowUpPolicy), total: rows.length };
  }

  async get(code: string): Promise<FollowUpPolicyDetailDto> {
    const versions = await this.store.versions(code);
    return { ...mapFollowUpPolicy(versions[0]), versions: versions.map(mapFollowUpPolicy) };
  }

  async create(acting: Acting, dto: CreateFollowUpPolicyDto, idempotencyKey?: string): Promise<FollowUpPolicyResponseDto> {
    return mapFollowUpPolicy(await this.store.create(acting, dto.code, { terms: dto.terms, active: dto.active ?? true }, idempotencyKey));
  }

  async addVersion(acting: Acting, code: string, dto: FollowUpPolicyVersionDto): Promise<FollowUpPolicyResponseDto> {
    return mapFollowUpPolicy(await this.store.addVersion(acting, code, { terms: dto.terms, active: dto.active ?? true }));
  }
}

/** The domain's check of every term; the first problem is the 400, naming `terms.<field>`. */
function checkedTerms(terms: FollowUpPolicyTerms): FollowUpPolicyTerms {
  const [problem] = followUpPolicyProblems(terms);
  if (problem) throw new DomainError(DomainErrorCode.Validation, `terms.${problem.message}`, `terms.${problem.field}`);
  return terms;
}
