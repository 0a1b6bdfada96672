import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { Acting, AuditService } from '@libs/audit';
import { SlaPolicyEntity } from '@libs/database';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { defaultPolicyConflict, SLA_POLICY_CODE, SlaPolicyTerms, slaPolicyViolation } from '@libs/domain/sla/sla-policy-rules';
import { CreateSlaPolicyDto } from './dto/create-sla-policy.dto';
import { mapSlaPolicy, SlaPolicyDetailDto, SlaPolicyListDto, SlaPolicyResponseDto } from './dto/sla-policy-response.dto';
import { SlaPolicyTermsDto } from './dto/sla-policy-terms.dto';

/**
 * Complaint SLA policies (C-3, C-5, C-6) as versioned data. A version is never changed: a change is
 * the next version of the code, so running complaints keep the snapshot they started with.
 */
@Injectable()
export class SlaPoliciesService {
  constructor(
    @InjectRepository(SlaPolicyEntity) private readonly policies: Repository<SlaPolicyEntity>,
    private readonly audit: AuditService,
  ) {}

  /** The latest version of each code, or every version; by code, newest version first. */
  async list(all: boolean): Promise<SlaPolicyListDto> {
    const query = this.policies.createQueryBuilder('p').orderBy('p.code', 'ASC').addOrderBy('p.version', 'DESC');
    const rows = await (all ? query : query.distinctOn(['p.code'])).getMany();
    return { items: rows.map(mapSlaPolicy), total: rows.length };
  }

  async get(code: string): Promise<SlaPolicyDetailDto> {
    const versions = await this.policies.find({ where: { code: checkedCode(code) }, order: { version: 'DESC' } });
    if (!versions.length) throw unknownCode(code);
    return { ...mapSlaPolicy(versions[0]), versions: versions.map(mapSlaPolicy) };
  }

  async create(acting: Acting, dto: CreateSlaPolicyDto): Promise<SlaPolicyResponseDto> {
    const { code, ...terms } = dto;
    return this.writeVersion(acting, code, terms, 'create');
  }

  /** The next version of an existing code, with the full terms given (deactivation included). */
  async addVersion(acting: Acting, code: string, dto: SlaPolicyTermsDto): Promise<SlaPolicyResponseDto> {
    return this.writeVersion(acting, checkedCode(code), dto, 'version');
  }

  private async writeVersion(acting: Acting, code: string, dto: SlaPolicyTermsDto, kind: 'create' | 'version'): Promise<SlaPolicyResponseDto> {
    const terms = checkedTerms(code, dto);
    return this.policies.manager.transaction(async (tx) => {
      const latest = await this.latestLocked(tx, code);
      if (kind === 'create' && latest) throw new DomainError(DomainErrorCode.Conflict, `SLA policy ${code} exists; PUT /sla-policies/${code} writes a new version`, 'code');
      if (kind === 'version' && !latest) throw unknownCode(code);
      const version = (latest?.version ?? 0) + 1;
      const row = await tx.save(tx.create(SlaPolicyEntity, { code, version, ...terms }));
      await this.audit.record(acting, `sla-policy.${kind}`, `sla-policy:${code}`, { version, ...terms }, tx);
      return mapSlaPolicy(row);
    });
  }

  // Serialises writers of one code, so that two concurrent changes get versions n+1 and n+2.
  private async latestLocked(tx: EntityManager, code: string): Promise<SlaPolicyEntity | null> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`sla-policy:${code}`]);
    return tx.findOne(SlaPolicyEntity, { where: { code }, order: { version: 'DESC' } });
  }
}

function checkedCode(code: string): string {
  if (!SLA_POLICY_CODE.test(code)) throw new DomainError(DomainErrorCode.Validation, 'code must be 2-41 lower-case letters, digits or -, starting with a letter', 'code');
  return code;
}

function unknownCode(code: string): DomainError {
  return new DomainError(DomainErrorCode.NotFound, `no SLA policy ${code}`, 'code');
}

/** The terms to store, after the rules that span several fields. */
function checkedTerms(code: string, dto: SlaPolicyTermsDto): SlaPolicyTerms {
  const terms: SlaPolicyTerms = { ...dto, active: dto.active ?? true };
  const invalid = slaPolicyViolation(terms);
  if (invalid) throw new DomainError(DomainErrorCode.Validation, invalid.message, invalid.field);
  const conflict = defaultPolicyConflict(code, terms);
  if (conflict) throw new DomainError(DomainErrorCode.Conflict, conflict.message, conflict.field);
  return terms;
}
