import { MigrationInterface, QueryRunner } from 'typeorm';

type Seed = [key: string, channel: string, language: string, variables: string[], subject: string, body: string];

// The texts customers read, in Chinese first (English where a customer may ask for it). Later changes
// are made through PUT /message-templates, never here.
const SEEDS: Seed[] = [
  ['return_received', 'sms', 'zh-CN', ['returnNo', 'waybillNo'], '退货已签收', '您的退货包裹（运单号{{waybillNo}}）已到达我们的仓库，我们将尽快验货处理。'],
  ['return_received', 'sms', 'en', ['returnNo', 'waybillNo'], 'Return received', 'Your parcel {{waybillNo}} reached our warehouse; we will inspect it shortly.'],
  ['refund_refused', 'sms', 'zh-CN', ['returnNo', 'reason'], '退款未通过', '您的退货{{returnNo}}已验货：{{reason}}，暂不能退款。如有疑问请联系客服。'],
  ['refunded', 'sms', 'zh-CN', ['returnNo', 'amount', 'orderRef'], '退款已到账', '您的订单{{orderRef}}已退款{{amount}}，请注意查收。'],
  ['refunded', 'sms', 'en', ['returnNo', 'amount', 'orderRef'], 'Refunded', '{{amount}} has been refunded for order {{orderRef}}.'],
  ['shipping_fee_due', 'sms', 'zh-CN', ['returnNo', 'amount'], '换货运费待支付', '您的换货{{returnNo}}需支付运费{{amount}}，付款后我们即为您发出新货。'],
  ['replacement_shipped', 'sms', 'zh-CN', ['returnNo', 'courier', 'waybillNo'], '换货已发出', '您的换货已由{{courier}}发出，运单号{{waybillNo}}，请注意查收。'],
  ['replacement_shipped', 'sms', 'en', ['returnNo', 'courier', 'waybillNo'], 'Replacement shipped', 'Your replacement is on its way with {{courier}}, waybill {{waybillNo}}.'],
  ['tracking_update', 'sms', 'zh-CN', ['returnNo', 'waybillNo', 'state', 'date'], '物流进度', '您的包裹（运单号{{waybillNo}}）{{date}}：{{state}}。'],
  ['care_birthday', 'sms', 'zh-CN', ['name', 'month', 'day'], '生日祝福', '{{name}}您好，提前祝您{{month}}月{{day}}日生日快乐！感谢您一直以来的支持。'],
  ['care_holiday', 'sms', 'zh-CN', ['name', 'holiday'], '{{holiday}}问候', '{{name}}您好，{{holiday}}将至，祝您和家人节日快乐！'],
  ['care_maintenance', 'sms', 'zh-CN', ['name', 'item', 'month', 'day'], '保养提醒', '{{name}}您好，您的{{item}}将于{{month}}月{{day}}日到保养时间，请提前预约。'],
  ['care_inspection', 'sms', 'zh-CN', ['name', 'item', 'month', 'day'], '年审提醒', '{{name}}您好，您的{{item}}将于{{month}}月{{day}}日到年审日期，请按时年审。'],
  ['care_insurance', 'sms', 'zh-CN', ['name', 'item', 'month', 'day'], '续保提醒', '{{name}}您好，您的{{item}}将于{{month}}月{{day}}日保险到期，请及时续保。'],
  ['event_invitation', 'letter', 'zh-CN', ['eventName', 'eventAt'], '邀请函：{{eventName}}', '诚邀您参加{{eventName}}，时间：{{eventAt}}。'],
];

/**
 * Customer-facing texts as data (message templates per channel and language, with the variables each
 * may use), and the customer events (service days, recalls) whose customers are invited by phone and
 * by letter (F-8).
 */
export class MessageTemplates1765600000000 implements MigrationInterface {
  name = 'MessageTemplates1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE message_templates (
      key text NOT NULL,
      channel text NOT NULL CHECK (channel IN ('sms','letter','email')),
      language text NOT NULL CHECK (language IN ('zh-CN','en')),
      subject text NOT NULL,
      body text NOT NULL,
      variables jsonb NOT NULL,
      version integer NOT NULL DEFAULT 1,
      updated_by text NOT NULL DEFAULT 'system',
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (key, channel, language)
    )`);
    for (const [key, channel, language, variables, subject, body] of SEEDS) {
      await q.query(`INSERT INTO message_templates (key, channel, language, variables, subject, body) VALUES ($1,$2,$3,$4,$5,$6)`, [key, channel, language, JSON.stringify(variables), subject, body]);
    }
    await q.query(`CREATE TABLE customer_events (
      id bigserial PRIMARY KEY,
      kind text NOT NULL,
      name text NOT NULL,
      event_at timestamptz NOT NULL,
      customer_nos jsonb NOT NULL,
      plan_ids jsonb NOT NULL,
      created_by text NOT NULL,
      idempotency_key text,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (created_by, idempotency_key)
    )`);
    await q.query(`CREATE INDEX customer_events_event_at_idx ON customer_events (event_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS customer_events`);
    await q.query(`DROP TABLE IF EXISTS message_templates`);
  }
}
