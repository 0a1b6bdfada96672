import { ApplicationFailure } from '@temporalio/common';
import type { Address } from '@libs/departments/ports/courier.port';
import { DataSource } from 'typeorm';
import { allocateCaseNumber } from '@libs/database/case-numbers';
import { CASE_NUMBER_PREFIX } from '@libs/domain/cases/case-number';
import type { ReturnPolicy, ReturnPolicyTerms } from '@libs/domain/returns/return-policy';
import { inspectionQueuedAt } from '@libs/domain/returns/warehouse-batch';
import { BUSINESS_TIME_ZONE } from '@libs/domain/cases/business-time-zone';

export const UNKNOWN_RETURN_POLICY = 'UnknownReturnPolicy';

/** L-3: one line of the damage register. */
export interface DamageRegisterEntry {
  claimId: string;
  returnNo: string;
  waybillNo: string;
  kind: 'damaged' | 'lost';
  parcelCondition: string;
  courierAgentId: string;
  goodsValueFen: number;
  itemNo: string;
  handler: string;
}

export interface DamageClaimSettlement {
  claimId: string;
  status: 'accepted' | 'rejected' | 'unanswered';
  claimNo?: string;
  compensationFen?: number;
}

/** A return opened by a complaint's remedy (C-10): numbered and registered once per resolution. */
export interface ComplaintReturnCase {
  /** Same key, same return: `CP-…:resolution-2`. */
  key: string;
  customerId: string;
  /** Unused: the return's own workflow writes its read-model row on its first publish. */
  summary?: string;
}


export function createReturnActivities(dataSource: DataSource) {
  return {
    /** the latest active version of the policy; the request keeps this snapshot for life. */
    async selectReturnPolicy(request: { code: string }): Promise<ReturnPolicy> {
      const rows: Array<{ code: string; version: number; terms: ReturnPolicyTerms; active: boolean }> = await dataSource.query(
        `SELECT code, version, terms, active FROM return_policies WHERE code = $1 ORDER BY version DESC LIMIT 1`,
        [request.code],
      );
      const latest = rows[0];
      if (!latest || !latest.active) throw ApplicationFailure.nonRetryable(`no active return policy ${request.code}`, UNKNOWN_RETURN_POLICY);
      return { code: latest.code, version: latest.version, terms: latest.terms };
    },

    /** R-5: when a parcel that arrived now reaches after-sales' inspection queue (calendar math kept out of workflow code). */
    async inspectionQueueTime(request: { arrivedAt: number; terms: Pick<ReturnPolicyTerms, 'warehouseBatch'> }): Promise<number> {
      return inspectionQueuedAt(request.arrivedAt, request.terms.warehouseBatch);
    },

    /** L-3: registers a claim as filed. Safe to retry: one row per claim id. */
    async registerDamageClaim(entry: DamageRegisterEntry): Promise<void> {
      await dataSource.query(
        `INSERT INTO damage_claims (claim_id, return_no, waybill_no, kind, parcel_condition, courier_agent_id, goods_value_fen, item_no, handler)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9) ON CONFLICT (claim_id) DO NOTHING`,
        [entry.claimId, entry.returnNo, entry.waybillNo, entry.kind, entry.parcelCondition, entry.courierAgentId, entry.goodsValueFen, entry.itemNo, entry.handler],
      );
    },

    /** L-2: the courier's decision on a claim, written once. */
    async settleDamageClaim(settlement: DamageClaimSettlement): Promise<void> {
      await dataSource.query(
        `UPDATE damage_claims SET status = $2, claim_no = $3, compensation_fen = $4, settled_at = now() WHERE claim_id = $1 AND status = 'filed'`,
        [settlement.claimId, settlement.status, settlement.claimNo ?? null, settlement.compensationFen ?? null],
      );
    },

    /**
     * C-10: numbers the return a complaint's remedy starts, with the address from the customer file
     * for a replacement; a retry gets the same number. Its `case_records` row is written by the return
     * workflow itself (the return builder), which alone knows the request's type and items.
     */
    async openComplaintReturn(request: ComplaintReturnCase): Promise<{ returnNo: string; address: Address | null }> {
      const returnNo = await dataSource.transaction(async (tx) => {
        await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`complaint-return:${request.key}`]);
        const known: Array<{ resource_id: string }> = await tx.query(`SELECT resource_id FROM idempotency_records WHERE scope = 'complaint-return' AND key = $1`, [request.key]);
        if (known[0]) return known[0].resource_id;
        const returnNo = await allocateCaseNumber(tx, CASE_NUMBER_PREFIX.return, new Date(), BUSINESS_TIME_ZONE);
        await tx.query(`INSERT INTO idempotency_records (scope, key, request_hash, resource_id) VALUES ('complaint-return', $1, '-', $2)`, [request.key, returnNo]);
        return returnNo;
      });
      const [file]: Array<{ row: Record<string, string | null> }> = await dataSource.query(`SELECT to_jsonb(c) AS row FROM customers c WHERE id = $1`, [request.customerId]);
      const row = file?.row;
      const address = row ? { name: row.name ?? '', phone: row.phone ?? '', region: row.region ?? '', line: row.address ?? row.region ?? '' } : null;
      return { returnNo, address };
    },
  };
}
