import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ApiKeyEntity } from '@libs/database';
import type { StaffRole, StaffStatus } from '@libs/domain/staff/staff';

/** What the guard needs to know about a person on every request. */
export interface StaffAccess {
  role: StaffRole;
  status: StaffStatus;
  tokenVersion: number;
}

// Short enough that another API replica notices an ended access within this time; this replica
// forgets a person at once when their access changes here.
export const ACCESS_CACHE_MS = 2_000;

/**
 * Whether a person may still use their tokens and keys: read from PostgreSQL (the truth every API
 * replica shares), kept for ACCESS_CACHE_MS, one read at a time per person.
 */
@Injectable()
export class StaffAccessService {
  private readonly cache = new Map<string, { access: StaffAccess | undefined; until: number }>();
  private readonly reading = new Map<string, Promise<StaffAccess | undefined>>();

  constructor(private readonly dataSource: DataSource) {}

  /** The person's current role, status and token version; undefined when there is no such person. */
  async current(code: string): Promise<StaffAccess | undefined> {
    const cached = this.cache.get(code);
    if (cached && cached.until > Date.now()) return cached.access;
    const pending = this.reading.get(code);
    if (pending) return pending;
    const started = Date.now();
    const read: Promise<StaffAccess | undefined> = this.read(code)
      .then((access) => {
        // A read that a forget() overtook must not put the old answer back.
        if (this.reading.get(code) === read) this.cache.set(code, { access, until: started + ACCESS_CACHE_MS });
        return access;
      })
      .finally(() => {
        if (this.reading.get(code) === read) this.reading.delete(code);
      });
    this.reading.set(code, read);
    return read;
  }

  /**
   * Ends every token and API key of the person: raises their token version and revokes the keys that
   * act for them. Runs in the caller's transaction; call forget() once it has committed.
   */
  async endAccessIn(tx: EntityManager, code: string): Promise<{ keysRevoked: number }> {
    await tx.query(`UPDATE staff_members SET token_version = token_version + 1, updated_at = now() WHERE code = $1`, [code]);
    const revoked = await tx
      .createQueryBuilder()
      .update(ApiKeyEntity)
      .set({ revokedAt: () => 'now()' })
      .where(`actor = :code AND revoked_at IS NULL AND role <> 'department'`, { code })
      .execute();
    return { keysRevoked: revoked.affected ?? 0 };
  }

  /** Drops what this replica remembers of the person, so the next request reads it again. */
  forget(code: string): void {
    this.cache.delete(code);
    this.reading.delete(code);
  }

  private async read(code: string): Promise<StaffAccess | undefined> {
    const rows: Array<{ role: StaffRole; status: StaffStatus; token_version: number }> = await this.dataSource.query(
      `SELECT role, status, token_version FROM staff_members WHERE code = $1`,
      [code],
    );
    return rows[0] ? { role: rows[0].role, status: rows[0].status, tokenVersion: rows[0].token_version } : undefined;
  }
}
