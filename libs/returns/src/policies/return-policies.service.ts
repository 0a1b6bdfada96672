import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Acting, AuditService } from '@libs/audit';
import { ReturnPolicyEntity } from '@libs/database';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { ReturnPolicyTerms, returnPolicyProblems } from '@libs/domain/returns/return-policy';
import { TermsDocumentInput, termsDocumentVersion, VersionedPolicyStore } from '@libs/policy-store';
import { mapReturnPolicy, ReturnPolicyDetailDto, ReturnPolicyListDto, ReturnPolicyResponseDto } from './dto/return-policy-response.dto';
import { CreateReturnPolicyDto, ReturnPolicyTermsDto, ReturnPolicyVersionDto } from './dto/return-policy-terms.dto';

/** The policy a request runs under when it names none; it must stay active. */
export const DEFAULT_RETURN_POLICY_CODE = 'default';

/**
 * the marketplace's return timeouts as versioned data. A version is never changed: a change is
 * the next version of the code, and a running request keeps the version it started with.
 */
@Injectable()
export class ReturnPoliciesService {
  private readonly store: VersionedPolicyStore<ReturnPolicyEntity, TermsDocumentInput<ReturnPolicyTermsDto>>;

  constructor(@InjectRepository(ReturnPolicyEntity) policies: Repository<ReturnPolicyEntity>, audit: AuditService) {
    this.store = new VersionedPolicyStore<ReturnPolicyEntity, TermsDocumentInput<ReturnPolicyTermsDto>>(policies, audit, {
      entity: ReturnPolicyEntity,
      label: 'return policy',
      resource: 'return-policy',
      path: '/return-policies',
      version: termsDocumentVersion({
        defaultCode: DEFAULT_RETURN_POLICY_CODE,
        defaultMustStayActive: 'the default return policy must stay active: requests that name no policy run under it',
        check: checkedTerms,
        auditTerms: true,
      }),
    });
  }

  /** The latest version of each code, by code. */
  async list(): Promise<ReturnPolicyListDto> {
    const rows = await this.store.list();
    return { items: rows.map(mapReturnPolicy), total: rows.length };
  }

  async get(code: string): Promise<ReturnPolicyDetailDto> {
    const versions = await this.store.versions(code);
    return { ...mapReturnPolicy(versions[0]), versions: versions.map(mapReturnPolicy) };
  }

  async create(acting: Acting, dto: CreateReturnPolicyDto, idempotencyKey?: string): Promise<ReturnPolicyResponseDto> {
    return mapReturnPolicy(await this.store.create(acting, dto.code, { terms: dto.terms, active: true }, idempotencyKey));
  }

  /** The next version of an existing code, with the full terms (deactivation included). */
  async addVersion(acting: Acting, code: string, dto: ReturnPolicyVersionDto): Promise<ReturnPolicyResponseDto> {
    return mapReturnPolicy(await this.store.addVersion(acting, code, { terms: dto.terms, active: dto.active ?? true }));
  }
}

/** The terms as stored (a plain object, fields in a fixed order), after the domain's own check. */
function checkedTerms(dto: ReturnPolicyTermsDto): ReturnPolicyTerms {
  const batch = dto.warehouseBatch;
  const terms: ReturnPolicyTerms = {
    sellerSilentSeconds: dto.sellerSilentSeconds,
    sellerSilentVirtualSeconds: dto.sellerSilentVirtualSeconds,
    sellerSilentNotReceivedSeconds: dto.sellerSilentNotReceivedSeconds,
    sellerSilentNotShippedSeconds: dto.sellerSilentNotShippedSeconds,
    buyerModifySeconds: dto.buyerModifySeconds,
    buyerShipSeconds: dto.buyerShipSeconds,
    sellerConfirmExpressSeconds: dto.sellerConfirmExpressSeconds,
    sellerConfirmSurfaceSeconds: dto.sellerConfirmSurfaceSeconds,
    refundDueSeconds: dto.refundDueSeconds,
    shippingFeeSeconds: dto.shippingFeeSeconds,
    shippingFeeFen: dto.shippingFeeFen,
    departmentAnswerSeconds: dto.departmentAnswerSeconds,
    trackingPollSeconds: dto.trackingPollSeconds,
    warehouseBatch: batch ? { cutoff: batch.cutoff, morningEnds: batch.morningEnds, handoverAt: batch.handoverAt, timeZone: batch.timeZone } : null,
    // Later terms, stored only when given: a version without them keeps the behaviour from before them.
    ...(dto.refundConfirmationAboveFen !== undefined ? { refundConfirmationAboveFen: dto.refundConfirmationAboveFen } : {}),
    ...(dto.damageClaimAnswerSeconds !== undefined ? { damageClaimAnswerSeconds: dto.damageClaimAnswerSeconds } : {}),
  };
  const [problem] = returnPolicyProblems(terms);
  if (problem) throw new DomainError(DomainErrorCode.Validation, `terms.${problem}`, `terms.${problem.split(' ')[0]}`);
  return terms;
}
