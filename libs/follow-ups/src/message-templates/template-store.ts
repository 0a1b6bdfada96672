import type { DataSource, EntityManager } from 'typeorm';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { chooseTemplate, MessageChannel, MessageLanguage, MessageTemplate, MessageTemplateKey, renderTemplate } from '@libs/domain/messages/message-templates';

export interface StoredTemplate extends MessageTemplate {
  version: number;
  updatedBy: string;
  updatedAt: string;
}

interface Row {
  key: MessageTemplateKey;
  channel: MessageChannel;
  language: MessageLanguage;
  subject: string;
  body: string;
  variables: string[];
  version: number;
  updated_by: string;
  updated_at: Date;
}

const toTemplate = (r: Row): StoredTemplate => ({
  key: r.key,
  channel: r.channel,
  language: r.language,
  subject: r.subject,
  body: r.body,
  variables: r.variables,
  version: r.version,
  updatedBy: r.updated_by,
  updatedAt: r.updated_at.toISOString(),
});

/** Message templates (`message_templates`), filtered by any of key, channel and language. */
export async function loadTemplates(db: DataSource | EntityManager, filter: { key?: string; channel?: string; language?: string } = {}): Promise<StoredTemplate[]> {
  const rows: Row[] = await db.query(
    `SELECT key, channel, language, subject, body, variables, version, updated_by, updated_at FROM message_templates
      WHERE ($1::text IS NULL OR key = $1) AND ($2::text IS NULL OR channel = $2) AND ($3::text IS NULL OR language = $3)
      ORDER BY key, channel, language`,
    [filter.key ?? null, filter.channel ?? null, filter.language ?? null],
  );
  return rows.map(toTemplate);
}

/**
 * The text of one customer message: the template of its key and channel in the language asked for
 * (Chinese when there is none in it), filled with the sender's variables.
 */
export async function renderStoredTemplate(db: DataSource | EntityManager, message: { template: MessageTemplateKey; channel: MessageChannel; language?: MessageLanguage; variables: Record<string, string | number> }): Promise<{ subject: string; body: string; language: MessageLanguage }> {
  const template = chooseTemplate(await loadTemplates(db, { key: message.template, channel: message.channel }), message.language);
  if (!template) throw new DomainError(DomainErrorCode.NotFound, `no ${message.channel} template ${message.template}`, 'template');
  return { ...renderTemplate(template, message.variables), language: template.language };
}
