import { MigrationInterface, QueryRunner } from 'typeorm';

export class RulesWithoutCode1765700000000 implements MigrationInterface {
  name = 'RulesWithoutCode1765700000000';

  async up(q: QueryRunner): Promise<void> {
    // C-2: repair, consultation or complaint, before the complaint category. Rows from before keep
    // NULL, which the list and the reports read as `complaint` (every case then was one).
    await q.query(`ALTER TABLE case_records ADD COLUMN classification text CHECK (classification IN ('repair','consultation','complaint'))`);
    // The complaint list sorts by the next SLA deadline (empty while the clock is paused or the case is over).
    await q.query(`ALTER TABLE case_records ADD COLUMN next_deadline_at timestamptz`);
    await q.query(`CREATE INDEX case_records_complaint_deadline_idx ON case_records (next_deadline_at) WHERE kind = 'complaint'`);

    // C-15: negative reviews; the review text is the buyer's words, kept encrypted with the payload keys.
    await q.query(`CREATE TABLE negative_reviews (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      platform text NOT NULL,
      order_no text NOT NULL,
      rating int NOT NULL CHECK (rating BETWEEN 1 AND 5),
      review_text_sealed bytea NOT NULL,
      customer_id uuid REFERENCES customers(id),
      status text NOT NULL CHECK (status IN ('recorded','contacted','remedy_offered','closed')),
      item_used boolean,
      remedy text CHECK (remedy IN ('return_or_exchange','vip_upgrade','gift','free_shipping_next_order')),
      outcome text CHECK (outcome IN ('review_revised','review_kept','buyer_unreachable')),
      handler_code text,
      contacted_at timestamptz,
      remedy_offered_at timestamptz,
      closed_at timestamptz,
      progress jsonb NOT NULL DEFAULT '[]'::jsonb,
      recorded_by text NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (platform, order_no)
    )`);
    await q.query(`CREATE INDEX negative_reviews_recorded_idx ON negative_reviews (recorded_at)`);

    // L-5: parts shipments and whether the right parts arrived.
    await q.query(`CREATE TABLE parts_shipments (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      case_no text,
      waybill_no text NOT NULL UNIQUE,
      parts jsonb NOT NULL CHECK (jsonb_typeof(parts) = 'array' AND jsonb_array_length(parts) > 0),
      result text NOT NULL DEFAULT 'correct' CHECK (result IN ('correct','wrong_part','missing_part')),
      shipped_at timestamptz NOT NULL,
      shipped_by text NOT NULL,
      corrected_at timestamptz,
      corrected_by text,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX parts_shipments_shipped_idx ON parts_shipments (shipped_at)`);

    // K-7: the supervisor's monthly and yearly summaries: a draft from the data, edited, then filed for good.
    await q.query(`CREATE TABLE supervisor_summaries (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      period text NOT NULL UNIQUE CHECK (period ~ '^[0-9]{4}(-[0-9]{2})?$'),
      body text NOT NULL,
      status text NOT NULL CHECK (status IN ('draft','filed')),
      generated_by text NOT NULL,
      generated_at timestamptz NOT NULL DEFAULT now(),
      edited_by text,
      edited_at timestamptz,
      filed_by text,
      filed_at timestamptz
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE supervisor_summaries`);
    await q.query(`DROP TABLE parts_shipments`);
    await q.query(`DROP TABLE negative_reviews`);
    await q.query(`DROP INDEX case_records_complaint_deadline_idx`);
    await q.query(`ALTER TABLE case_records DROP COLUMN next_deadline_at`);
    await q.query(`ALTER TABLE case_records DROP COLUMN classification`);
  }
}
