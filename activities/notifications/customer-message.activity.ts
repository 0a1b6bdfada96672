import { DataSource } from 'typeorm';
import type { MessageChannel, MessageLanguage, MessageTemplateKey } from '@libs/domain/messages/message-templates';
import { renderStoredTemplate } from '@libs/follow-ups/message-templates/template-store';

export interface CustomerMessage {
  /** Makes a retried activity send once, e.g. `return-RT-...:replacement-shipped-1`. */
  dedupeKey: string;
  template: MessageTemplateKey;
  channel: Extract<MessageChannel, 'sms' | 'letter'>;
  /** The customer number; the channel looks the phone or address up when it delivers. */
  customerNo: string;
  /** Values of the template's declared variables: case numbers, waybills, amounts; never personal data. */
  variables: Record<string, string | number>;
  language?: MessageLanguage;
  caseNo?: string;
}

type Notify = (n: { dedupeKey: string; channel: 'sms' | 'letter'; recipient: string; subject: string; body: string; caseNo?: string }) => Promise<boolean>;

/**
 * A message to a customer from its template (Chinese unless another language is asked for and exists):
 * the text is rendered here, from the templates as they are when it is sent, and queued once per key.
 * An unknown template or variable cannot succeed on a retry: a non-retryable failure.
 */
export function createCustomerMessageActivities(dataSource: DataSource, notify: Notify) {
  return {
    async sendCustomerMessage(message: CustomerMessage): Promise<boolean> {
      const text = await renderStoredTemplate(dataSource, message);
      return notify({ dedupeKey: message.dedupeKey, channel: message.channel, recipient: message.customerNo, subject: text.subject, body: text.body, caseNo: message.caseNo });
    },
  };
}
