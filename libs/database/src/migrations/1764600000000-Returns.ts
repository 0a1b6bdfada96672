import { MigrationInterface, QueryRunner } from 'typeorm';

// The defaults of R-8 (and) as they stood when this migration was written; later changes
// are new policy versions, never edits here.
const DAY = 86_400;
const DEFAULT_TERMS = {
  sellerSilentSeconds: 5 * DAY,
  sellerSilentVirtualSeconds: 3 * DAY,
  sellerSilentNotReceivedSeconds: 36 * 3600,
  sellerSilentNotShippedSeconds: 24 * 3600,
  buyerModifySeconds: 5 * DAY,
  buyerShipSeconds: 7 * DAY,
  sellerConfirmExpressSeconds: 10 * DAY,
  sellerConfirmSurfaceSeconds: 30 * DAY,
  refundDueSeconds: 7 * DAY,
  shippingFeeSeconds: 3 * DAY,
  shippingFeeFen: 1200,
  departmentAnswerSeconds: DAY,
  trackingPollSeconds: 1800,
  warehouseBatch: { cutoff: '16:00', morningEnds: '12:00', handoverAt: '15:00', timeZone: 'Asia/Shanghai' },
};

export class Returns1764600000000 implements MigrationInterface {
  name = 'Returns1764600000000';

  async up(q: QueryRunner): Promise<void> {
    // timeouts as a versioned policy; a running request keeps the version it started with.
    await q.query(`CREATE TABLE return_policies (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code text NOT NULL,
      version int NOT NULL CHECK (version > 0),
      terms jsonb NOT NULL,
      active boolean NOT NULL DEFAULT true,
      created_by text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (code, version)
    )`);
    await q.query(`INSERT INTO return_policies (code, version, terms, created_by) VALUES ('default', 1, $1, 'system')`, [JSON.stringify(DEFAULT_TERMS)]);

    // L-3: every damage or loss claim, with the fields the register asks for.
    await q.query(`CREATE TABLE damage_claims (
      claim_id text PRIMARY KEY,
      return_no text NOT NULL,
      waybill_no text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('damaged', 'lost')),
      parcel_condition text NOT NULL,
      courier_agent_id text NOT NULL,
      goods_value_fen bigint NOT NULL CHECK (goods_value_fen >= 0),
      item_no text NOT NULL,
      handler text NOT NULL,
      status text NOT NULL DEFAULT 'filed' CHECK (status IN ('filed', 'accepted', 'rejected', 'unanswered')),
      claim_no text,
      compensation_fen bigint,
      filed_at timestamptz NOT NULL DEFAULT now(),
      settled_at timestamptz
    )`);
    await q.query(`CREATE INDEX damage_claims_filed_idx ON damage_claims (filed_at DESC)`);
    await q.query(`CREATE INDEX damage_claims_return_idx ON damage_claims (return_no)`);

    // source, customer rating, problem type and result of every case, for the reports.
    await q.query(`ALTER TABLE case_records
      ADD COLUMN source text,
      ADD COLUMN problem_type text,
      ADD COLUMN customer_rating text,
      ADD COLUMN result text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE case_records DROP COLUMN source, DROP COLUMN problem_type, DROP COLUMN customer_rating, DROP COLUMN result`);
    await q.query(`DROP TABLE IF EXISTS damage_claims`);
    await q.query(`DROP TABLE IF EXISTS return_policies`);
  }
}
