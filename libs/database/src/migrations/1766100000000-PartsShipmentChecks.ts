import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * L-4: a parts shipment is recorded only after stock, the address and contact, and (for chargeable
 * parts) the payment are confirmed; it keeps the courier company, whether the parts were free under
 * warranty or paid through an order, and the customer told by SMS (their number, never their contact
 * details: the address is checked, not stored). The SMS template names the courier and the waybill.
 */
export class PartsShipmentChecks1766100000000 implements MigrationInterface {
  name = 'PartsShipmentChecks1766100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE parts_shipments
      ADD COLUMN courier text,
      ADD COLUMN billing text NOT NULL DEFAULT 'warranty' CHECK (billing IN ('warranty','chargeable')),
      ADD COLUMN order_ref text,
      ADD COLUMN customer_no text,
      ADD CONSTRAINT parts_shipments_chargeable_order CHECK (billing <> 'chargeable' OR order_ref IS NOT NULL)`);
    await q.query(
      `INSERT INTO message_templates (key, channel, language, variables, subject, body) VALUES ($1,$2,$3,$4,$5,$6), ($1,$2,$7,$4,$8,$9) ON CONFLICT DO NOTHING`,
      ['parts_shipped', 'sms', 'zh-CN', JSON.stringify(['waybillNo', 'courier']), '配件已发出', '您的配件已由{{courier}}发出，运单号{{waybillNo}}，请注意查收。', 'en', 'Parts shipped', 'Your parts are on their way with {{courier}}, waybill {{waybillNo}}.'],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM message_templates WHERE key = 'parts_shipped'`);
    await q.query(`ALTER TABLE parts_shipments DROP CONSTRAINT parts_shipments_chargeable_order, DROP COLUMN customer_no, DROP COLUMN order_ref, DROP COLUMN billing, DROP COLUMN courier`);
  }
}
