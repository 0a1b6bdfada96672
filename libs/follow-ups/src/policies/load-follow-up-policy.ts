import { DataSource, EntityManager } from 'typeorm';
import type { FollowUpPolicy } from '@libs/domain/follow-ups/follow-up-policy';

/**
 * A version of a follow-up policy: the given one (a plan keeps its snapshot), or the latest version
 * of the code when it is active. Undefined when there is none to use.
 */
export async function loadFollowUpPolicy(db: DataSource | EntityManager, code: string, version?: number): Promise<FollowUpPolicy | undefined> {
  const rows: Array<{ code: string; version: number; terms: FollowUpPolicy['terms']; active: boolean }> =
    version === undefined
      ? await db.query(`SELECT code, version, terms, active FROM follow_up_policies WHERE code = $1 ORDER BY version DESC LIMIT 1`, [code])
      : await db.query(`SELECT code, version, terms, active FROM follow_up_policies WHERE code = $1 AND version = $2`, [code, version]);
  const row = rows[0];
  if (!row || (version === undefined && !row.active)) return undefined;
  return { code: row.code, version: row.version, terms: row.terms };
}
