import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { Acting, AuditService } from '@libs/audit';
import { FollowUpPolicyEntity } from '@libs/database';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { DEFAULT_FOLLOW_UP_POLICY_CODE, FollowUpPolicyTerms, followUpPolicyProblems } from '@libs/domain/follow-ups/follow-up-policy';
import { SLA_POLICY_CODE } from '@libs/domain/sla/sla-policy-rules';
import { CreateFollowUpPolicyDto, FollowUpPolicyDetailDto, FollowUpPolicyListDto, FollowUpPolicyResponseDto, FollowUpPolicyVersionDto, mapFollowUpPolicy } from './dto/follow-up-policy.dto';

/**
 * Follow-up policies as versioned data. A version is never changed: a change is the next version of the
 * code, and a running plan keeps the version it started with; sample and care runs read the latest.
 */
@Injectable()
export class FollowUpPoliciesService {
  constructor(
    @InjectRepository(FollowUpPolicyEntity) private readonly policies: Repository<FollowUpPolicyEntity>,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<FollowUpPolicyListDto> {
    const rows = await this.policies.createQueryBuilder('p').distinctOn(['p.code']).orderBy('p.code', 'ASC').addOrderBy('p.version', 'DESC').getMany();
    return { items: rows.map(mapFollowUpPolicy), total: rows.length };
  }

  async get(code: string): Promise<FollowUpPolicyDetailDto> {
    const versions = await this.policies.find({ where: { code: checkedCode(code) }, order: { version: 'DESC' } });
    if (!versions.length) throw unknownCode(code);
    return { ...mapFollowUpPolicy(versions[0]), versions: versions.map(mapFollowUpPolicy) };
  }

  create(acting: Acting, dto: CreateFollowUpPolicyDto): Promise<FollowUpPolicyResponseDto> {
    return this.writeVersion(acting, dto.code, checkedTerms(dto.terms), dto.active ?? true, 'create');
  }

  addVersion(acting: Acting, code: string, dto: FollowUpPolicyVersionDto): Promise<FollowUpPolicyResponseDto> {
    const active = dto.active ?? true;
    if (checkedCode(code) === DEFAULT_FOLLOW_UP_POLICY_CODE && !active) {
      throw new DomainError(DomainErrorCode.Conflict, 'the default follow-up policy must stay active: plans that name no policy and the scheduled runs use it', 'active');
    }
    return this.writeVersion(acting, code, checkedTerms(dto.terms), active, 'version');
  }

  private writeVersion(acting: Acting, code: string, terms: FollowUpPolicyTerms, active: boolean, kind: 'create' | 'version'): Promise<FollowUpPolicyResponseDto> {
    return this.policies.manager.transaction(async (tx) => {
      const latest = await this.latestLocked(tx, code);
      if (kind === 'create' && latest) throw new DomainError(DomainErrorCode.Conflict, `follow-up policy ${code} exists; PUT /follow-up-policies/${code} writes a new version`, 'code');
      if (kind === 'version' && !latest) throw unknownCode(code);
      const version = (latest?.version ?? 0) + 1;
      const row = await tx.save(tx.create(FollowUpPolicyEntity, { code, version, terms, active, createdBy: acting.principal.actor }));
      await this.audit.record(acting, `follow-up-policy.${kind}`, `follow-up-policy:${code}`, { version, active }, tx);
      return mapFollowUpPolicy(row);
    });
  }

  // Serialises writers of one code, so that two concurrent changes get versions n+1 and n+2.
  private async latestLocked(tx: EntityManager, code: string): Promise<FollowUpPolicyEntity | null> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`follow-up-policy:${code}`]);
    return tx.findOne(FollowUpPolicyEntity, { where: { code }, order: { version: 'DESC' } });
  }
}

function checkedCode(code: string): string {
  if (!SLA_POLICY_CODE.test(code)) throw new DomainError(DomainErrorCode.Validation, 'code must be 2-41 lower-case letters, digits or -, starting with a letter', 'code');
  return code;
}

function unknownCode(code: string): DomainError {
  return new DomainError(DomainErrorCode.NotFound, `no follow-up policy ${code}`, 'code');
}

/** The domain's check of every term; the first problem is the 400, naming `terms.<field>`. */
function checkedTerms(terms: FollowUpPolicyTerms): FollowUpPolicyTerms {
  const [problem] = followUpPolicyProblems(terms);
  if (problem) throw new DomainError(DomainErrorCode.Validation, `terms.${problem.message}`, `terms.${problem.field}`);
  return terms;
}
