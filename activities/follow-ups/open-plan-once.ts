import { DataSource } from 'typeorm';
import { allocateCaseNumber } from '@libs/database/case-numbers';
import { BUSINESS_TIME_ZONE } from '@libs/domain/cases/business-time-zone';
import { CASE_NUMBER_PREFIX } from '@libs/domain/cases/case-number';
import type { FollowUpTrigger } from '@libs/domain/follow-ups/follow-up-types';
import { followUpCaseRecord } from '@libs/read-model/records/follow-up-record';
import { writeCaseState } from '@libs/read-model/write-case-state';

/**
 * Numbers and registers a plan (its read-model row) once per key of the scope: the same key, from a
 * retried activity, a replayed run or a duplicated event, gives the same plan number.
 */
export async function openPlanOnce(dataSource: DataSource, request: { scope: string; key: string; customerId: string; trigger: FollowUpTrigger }): Promise<string> {
  return dataSource.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`${request.scope}:${request.key}`]);
    const known: Array<{ resource_id: string }> = await tx.query(`SELECT resource_id FROM idempotency_records WHERE scope = $1 AND key = $2`, [request.scope, request.key]);
    if (known[0]) return known[0].resource_id;
    const planId = await allocateCaseNumber(tx, CASE_NUMBER_PREFIX.followup, new Date(), BUSINESS_TIME_ZONE);
    await writeCaseState(tx, followUpCaseRecord({ planId, customerId: request.customerId, trigger: request.trigger }, null));
    await tx.query(`INSERT INTO idempotency_records (scope, key, request_hash, resource_id) VALUES ($1, $2, '-', $3)`, [request.scope, request.key, planId]);
    return planId;
  });
}
