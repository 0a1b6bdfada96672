import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { Acting, AuditService } from '@libs/audit';
import { ApiKeyEntity } from '@libs/database';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import type { Principal, Role } from '@libs/domain/staff/access';
import { apiKeyId, apiKeyMatches, generateApiKey } from './credentials/api-key';
import { StaffAccessService } from './staff-access.service';

@Injectable()
export class ApiKeysService {
  constructor(
    @InjectRepository(ApiKeyEntity) private readonly keys: Repository<ApiKeyEntity>,
    private readonly access: StaffAccessService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Creates a key; the key itself is returned this once and never stored. A staff key acts for one
   * person with that person's role, so it can never do more than they can, and ends with their access.
   */
  async create(acting: Acting, input: { name: string; role: Role; actor: string }): Promise<{ id: string; key: string }> {
    if (input.role !== 'department') {
      const person = await this.access.current(input.actor);
      if (!person || person.status === 'departed') throw new DomainError(DomainErrorCode.Validation, `actor ${input.actor} is not a current staff member`, 'actor');
      if (person.role !== input.role) throw new DomainError(DomainErrorCode.Validation, `role must be ${person.role}, the role of ${input.actor}`, 'role');
    }
    const { id, key, hash } = generateApiKey();
    await this.keys.manager.transaction(async (tx) => {
      await tx.insert(ApiKeyEntity, { id, name: input.name, keyHash: hash, role: input.role, actor: input.actor, createdBy: acting.principal.actor });
      await this.audit.record(acting, 'api-key.create', `api-key:${id}`, { name: input.name, role: input.role, actor: input.actor }, tx);
    });
    return { id, key };
  }

  async revoke(acting: Acting, id: string): Promise<void> {
    const result = await this.keys.update({ id, revokedAt: IsNull() }, { revokedAt: new Date() });
    if (!result.affected) throw new DomainError(DomainErrorCode.NotFound, `no active API key ${id}`, 'id');
    await this.audit.record(acting, 'api-key.revoke', `api-key:${id}`);
  }

  async list(): Promise<ApiKeyEntity[]> {
    return this.keys.find({ order: { createdAt: 'DESC' } });
  }

  /**
   * The principal a presented key stands for, or undefined when it is unknown, revoked or wrong, or
   * when the person it acts for has left or no longer holds the key's role.
   */
  async authenticate(key: string): Promise<Principal | undefined> {
    const id = apiKeyId(key);
    if (!id) return undefined;
    const row = await this.keys.findOneBy({ id, revokedAt: IsNull() });
    if (!row || !apiKeyMatches(key, row.keyHash)) return undefined;
    if (row.role !== 'department') {
      const person = await this.access.current(row.actor);
      if (!person || person.status === 'departed' || person.role !== row.role) return undefined;
    }
    // Best effort: when a key was last used helps operators retire unused ones.
    void this.keys.update({ id }, { lastUsedAt: new Date() }).catch(() => undefined);
    return { kind: row.role === 'department' ? 'department' : 'staff', actor: row.actor, role: row.role, via: 'api-key' };
  }
}
