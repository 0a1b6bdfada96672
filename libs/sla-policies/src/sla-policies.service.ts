import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Acting, AuditService } from '@libs/audit';
import { SlaPolicyEntity } from '@libs/database';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { defaultPolicyConflict, SlaPolicyTerms, slaPolicyViolation } from '@libs/domain/sla/sla-policy-rules';
import { VersionedPolicyStore } from '@libs/policy-store';
import { CreateSlaPolicyDto } from './dto/create-sla-policy.dto';
import { mapSlaPolicy, SlaPolicyDetailDto, SlaPolicyListDto, SlaPolicyResponseDto } from './dto/sla-policy-response.dto';
import { SlaPolicyTermsDto } from './dto/sla-policy-terms.dto';

/**
 * Complaint SLA policies (C-3, C-5, C-6) as versioned data. A version is never changed: a change is
 * the next version of the code, so running complaints keep the snapshot they started with.
 */
@Injectable()
export class SlaPoliciesService {
  private readonly store: VersionedPolicyStore<SlaPolicyEntity, SlaPolicyTermsDto>;

  constructor(@InjectRepository(SlaPolicyEntity) policies: Repository<SlaPolicyEntity>, audit: AuditService) {
    this.store = new VersionedPolicyStore(policies, audit, {
      entity: SlaPolicyEntity,
      label: 'SLA policy',
      resource: 'sla-policy',
      path: '/sla-policies',
      version: (code, dto) => {
        const terms = checkedTerms(code, dto);
        return { row: terms, audit: { ...terms } };
      },
    });
  }

  /** The latest version of each code, or every version; by code, newest version first. */
  async list(all: boolean): Promise<SlaPolicyListDto> {
    const rows = await this.store.list(all);
    return { items: rows.map(mapSlaPolicy), total: rows.length };
  }

  async get(code: string): Promise<SlaPolicyDetailDto> {
    const versions = await this.store.versions(code);
    return { ...mapSlaPolicy(versions[0]), versions: versions.map(mapSlaPolicy) };
  }

  async create(acting: Acting, dto: CreateSlaPolicyDto, idempotencyKey?: string): Promise<SlaPolicyResponseDto> {
    const { code, ...terms } = dto;
    return mapSlaPolicy(await this.store.create(acting, code, terms, idempotencyKey));
  }

  /** The next version of an existing code, with the full terms given (deactivation included). */
  async addVersion(acting: Acting, code: string, dto: SlaPolicyTermsDto): Promise<SlaPolicyResponseDto> {
    return mapSlaPolicy(await this.store.addVersion(acting, code, dto));
  }
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
