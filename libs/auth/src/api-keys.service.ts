import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { Acting, AuditService } from '@libs/audit';
import { ApiKeyEntity } from '@libs/database';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import type { Principal, Role } from '@libs/domain/staff/access';
import { apiKeyId, apiKeyMatches, generateApiKey } from './credentials/api-key';

@Injectable()
export class ApiKeysService {
  constructor(
    @InjectRepository(ApiKeyEntity) private readonly keys: Repository<ApiKeyEntity>,
    private readonly audit: AuditService,
  ) {}

  /** Creates a key; the key itself is returned this once and never stored. */
  async create(acting: Acting, input: { name: string; role: Role; actor: string }): Promise<{ id: string; key: string }> {
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

  /** The principal a presented key stands for, or undefined when it is unknown, revoked or wrong. */
  async authenticate(key: string): Promise<Principal | undefined> {
    const id = apiKeyId(key);
    if (!id) return undefined;
    const row = await this.keys.findOneBy({ id, revokedAt: IsNull() });
    if (!row || !apiKeyMatches(key, row.keyHash)) return undefined;
    // Best effort: when a key was last used helps operators retire unused ones.
    void this.keys.update({ id }, { lastUsedAt: new Date() }).catch(() => undefined);
    return { kind: row.role === 'department' ? 'department' : 'staff', actor: row.actor, role: row.role, via: 'api-key' };
  }
}
