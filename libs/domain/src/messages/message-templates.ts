// Customer-facing texts are data: one template per message, channel and language (Chinese by default),
// each with the variables its sender supplies. A template may use only those variables, and no text a
// customer reads shows a rule id. Pure: no clock, no I/O.
import { DomainError, DomainErrorCode } from '../errors/domain-error';

export const MESSAGE_CHANNELS = ['sms', 'letter', 'email'] as const;
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number];

export const MESSAGE_LANGUAGES = ['zh-CN', 'en'] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];
export const DEFAULT_MESSAGE_LANGUAGE: MessageLanguage = 'zh-CN';

/**
 * Every customer message the platform sends, with the variables its sender supplies and a sample of
 * each (for previews and the check that every template renders).
 */
export const MESSAGE_CATALOGUE = {
  return_received: { purpose: 'R-4: the return parcel reached the warehouse', variables: { returnNo: 'RT-20261124-0001', waybillNo: 'SF1000000001' } },
  refund_refused: { purpose: 'R-6: the inspection refuses the refund', variables: { returnNo: 'RT-20261124-0001', reason: '商品已使用，不能二次销售' } },
  refunded: { purpose: 'R-4: the refund is paid', variables: { returnNo: 'RT-20261124-0001', amount: '259.00元', orderRef: 'SO-123456' } },
  shipping_fee_due: { purpose: 'R-6: the customer pays the replacement shipping', variables: { returnNo: 'RT-20261124-0001', amount: '12.00元' } },
  replacement_shipped: { purpose: 'L-4: the replacement ships: courier and waybill number', variables: { returnNo: 'RT-20261124-0001', courier: '顺丰速运', waybillNo: 'SF1000000001' } },
  parts_shipped: { purpose: 'L-4: parts ship: courier and waybill number', variables: { waybillNo: 'SF1000000001', courier: '顺丰速运' } },
  tracking_update: { purpose: 'L-1: the result of a tracking query', variables: { returnNo: 'RT-20261124-0001', waybillNo: 'SF1000000001', state: '运输中', date: '2026-11-24 10:30' } },
  care_birthday: { purpose: 'F-6: birthday greeting', variables: { name: '张先生', month: '3', day: '8' } },
  care_holiday: { purpose: 'F-6: holiday greeting', variables: { name: '张先生', holiday: '春节' } },
  care_maintenance: { purpose: 'F-7: maintenance reminder', variables: { name: '张先生', item: 'X5（浙A12345）', month: '3', day: '8' } },
  care_inspection: { purpose: 'F-7: annual inspection reminder', variables: { name: '张先生', item: 'X5（浙A12345）', month: '3', day: '8' } },
  care_insurance: { purpose: 'F-7: insurance renewal reminder', variables: { name: '张先生', item: 'X5（浙A12345）', month: '3', day: '8' } },
  event_invitation: { purpose: 'F-8: the invitation letter after the call', variables: { eventName: '2027 春季车主联谊会', eventAt: '2027-03-20 14:00' } },
} as const satisfies Record<string, { purpose: string; variables: Record<string, string> }>;

export type MessageTemplateKey = keyof typeof MESSAGE_CATALOGUE;
export const MESSAGE_TEMPLATE_KEYS = Object.keys(MESSAGE_CATALOGUE) as MessageTemplateKey[];

export function isMessageTemplateKey(value: unknown): value is MessageTemplateKey {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(MESSAGE_CATALOGUE, value);
}

/** The variables a template of this message may use. */
export function declaredVariables(key: MessageTemplateKey): string[] {
  return Object.keys(MESSAGE_CATALOGUE[key].variables);
}

export interface MessageTemplate {
  key: MessageTemplateKey;
  channel: MessageChannel;
  language: MessageLanguage;
  subject: string;
  body: string;
  variables: string[];
}

/** A rule id such as `R-6` or `L-4`: staff language, never in a customer's text. */
export const RULE_ID_PATTERN = /\b[ACRLFK]-\d+\b/;

const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;

/** The variables a text uses, in order of first use. */
export function variablesUsed(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]))];
}

/**
 * Why a template's text cannot be stored, naming the field (`subject` or `body`), or null when it can:
 * an undeclared variable, a rule id, an empty text.
 */
export function templateProblem(text: { subject: string; body: string }, declared: readonly string[]): { field: 'subject' | 'body'; message: string } | null {
  for (const field of ['subject', 'body'] as const) {
    const value = text[field];
    if (!value.trim()) return { field, message: `${field} must not be empty` };
    const unknown = variablesUsed(value).filter((v) => !declared.includes(v));
    if (unknown.length) return { field, message: `${field} uses ${unknown.map((v) => `{{${v}}}`).join(', ')}, which this template does not declare (declared: ${declared.join(', ') || 'none'})` };
    const ruleId = RULE_ID_PATTERN.exec(value);
    if (ruleId) return { field, message: `${field} shows the rule id ${ruleId[0]}: customer texts name no rule ids` };
  }
  return null;
}

/**
 * The text a customer reads. Refuses a variable the template does not declare and a declared one the
 * sender did not supply, so that no message goes out with a hole or a stray placeholder.
 */
export function renderTemplate(template: Pick<MessageTemplate, 'key' | 'subject' | 'body' | 'variables'>, values: Readonly<Record<string, string | number>>): { subject: string; body: string } {
  const fill = (text: string) =>
    text.replace(PLACEHOLDER, (_, name: string) => {
      if (!template.variables.includes(name)) throw new DomainError(DomainErrorCode.Validation, `template ${template.key} uses {{${name}}}, which it does not declare`, name);
      const value = values[name];
      if (value === undefined) throw new DomainError(DomainErrorCode.Validation, `template ${template.key} needs the variable ${name}`, name);
      return String(value);
    });
  return { subject: fill(template.subject), body: fill(template.body) };
}

/** The template to use: the language asked for when there is one, otherwise Chinese. */
export function chooseTemplate<T extends Pick<MessageTemplate, 'language'>>(templates: readonly T[], language: MessageLanguage = DEFAULT_MESSAGE_LANGUAGE): T | undefined {
  return templates.find((t) => t.language === language) ?? templates.find((t) => t.language === DEFAULT_MESSAGE_LANGUAGE);
}

/** An amount in fen as a customer reads it: `259.00元`. */
export function yuanForCustomers(fen: number): string {
  return `${(fen / 100).toFixed(2)}元`;
}
