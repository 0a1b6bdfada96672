import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { Acting, AuditService } from '@libs/audit';
import { ReturnPolicyEntity } from '@libs/database';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { ReturnPolicyTerms, returnPolicyProblems } from '@libs/domain/returns/return-policy';
import { SLA_POLICY_CODE } from '@libs/domain/sla/sla-policy-rules';
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
  constructor(
    @InjectRepository(ReturnPolicyEntity) private readonly policies: Repository<ReturnPolicyEntity>,
    private readonly audit: AuditService,
  ) {}

  /** The latest version of each code, by code. */
  async list(): Promise<ReturnPolicyListDto> {
    const rows = await this.policies.createQueryBuilder('p').distinctOn(['p.code']).orderBy('p.code', 'ASC').addOrderBy('p.version', 'DESC').getMany();
    return { items: rows.map(mapReturnPolicy), total: rows.length };
  }

  async get(code: string): Promise<ReturnPolicyDetailDto> {
    const versions = await this.policies.find({ where: { code: checkedCode(code) }, order: { version: 'DESC' } });
    if (!versions.length) throw unknownCode(code);
    return { ...mapReturnPolicy(versions[0]), versions: versions.map(mapReturnPolicy) };
  }

  create(acting: Acting, dto: CreateReturnPolicyDto): Promise<ReturnPolicyResponseDto> {
    return this.writeVersion(acting, dto.code, checkedTerms(dto.terms), true, 'create');
  }

  /** The next version of an existing code, with the full terms (deactivation included). */
  addVersion(acting: Acting, code: string, dto: ReturnPolicyVersionDto): Promise<ReturnPolicyResponseDto> {
    const active = dto.active ?? true;
    if (checkedCode(code) === DEFAULT_RETURN_POLICY_CODE && !active) {
      throw new DomainError(DomainErrorCode.Conflict, 'the default return policy must stay active: requests that name no policy run under it', 'active');
    }
    return this.writeVersion(acting, code, checkedTerms(dto.terms), active, 'version');
  }

  private async writeVersion(acting: Acting, code: string, terms: ReturnPolicyTerms, active: boolean, kind: 'create' | 'version'): Promise<ReturnPolicyResponseDto> {
    return this.policies.manager.transaction(async (tx) => {
      const latest = await this.latestLocked(tx, code);
      if (kind === 'create' && latest) throw new DomainError(DomainErrorCode.Conflict, `return policy ${code} exists; PUT /return-policies/${code} writes a new version`, 'code');
      if (kind === 'version' && !latest) throw unknownCode(code);
      const version = (latest?.version ?? 0) + 1;
      const row = await tx.save(tx.create(ReturnPolicyEntity, { code, version, terms, active, createdBy: acting.principal.actor }));
      await this.audit.record(acting, `return-policy.${kind}`, `return-policy:${code}`, { version, active, terms }, tx);
      return mapReturnPolicy(row);
    });
  }

  // Serialises writers of one code, so that two concurrent changes get versions n+1 and n+2.
  private async latestLocked(tx: EntityManager, code: string): Promise<ReturnPolicyEntity | null> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`return-policy:${code}`]);
    return tx.findOne(ReturnPolicyEntity, { where: { code }, order: { version: 'DESC' } });
  }
}

function checkedCode(code: string): string {
  if (!SLA_POLICY_CODE.test(code)) throw new DomainError(DomainErrorCode.Validation, 'code must be 2-41 lower-case letters, digits or -, starting with a letter', 'code');
  return code;
}

function unknownCode(code: string): DomainError {
  return new DomainError(DomainErrorCode.NotFound, `no return policy ${code}`, 'code');
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
  };
  const [problem] = returnPolicyProblems(terms);
  if (problem) throw new DomainError(DomainErrorCode.Validation, `terms.${problem}`, `terms.${problem.split(' ')[0]}`);
  return terms;
}
