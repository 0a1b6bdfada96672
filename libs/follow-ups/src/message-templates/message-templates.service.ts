import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Acting, AuditService } from '@libs/audit';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { declaredVariables, isMessageTemplateKey, MESSAGE_CATALOGUE, MESSAGE_CHANNELS, MESSAGE_LANGUAGES, templateProblem } from '@libs/domain/messages/message-templates';
import { MessageTemplateDto, MessageTemplateListDto, PutMessageTemplateDto } from './dto/message-template.dto';
import { loadTemplates, StoredTemplate } from './template-store';

const view = (t: StoredTemplate): MessageTemplateDto => ({ ...t, purpose: MESSAGE_CATALOGUE[t.key].purpose });

/** Customer message templates as data: every staff role reads them, admins word them. */
@Injectable()
export class MessageTemplatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<MessageTemplateListDto> {
    return { items: (await loadTemplates(this.dataSource)).map(view) };
  }

  /**
   * Words one message in one channel and language (a new language is added the same way). Refused with
   * 400 naming the field: an unknown key, channel or language, an undeclared variable, a rule id.
   */
  async put(acting: Acting, key: string, channel: string, language: string, dto: PutMessageTemplateDto): Promise<MessageTemplateDto> {
    if (!isMessageTemplateKey(key)) throw new DomainError(DomainErrorCode.NotFound, `no message template ${key}`, 'key');
    if (!(MESSAGE_CHANNELS as readonly string[]).includes(channel)) throw new DomainError(DomainErrorCode.Validation, `channel must be one of: ${MESSAGE_CHANNELS.join(', ')}`, 'channel');
    if (!(MESSAGE_LANGUAGES as readonly string[]).includes(language)) throw new DomainError(DomainErrorCode.Validation, `language must be one of: ${MESSAGE_LANGUAGES.join(', ')}`, 'language');
    const variables = declaredVariables(key);
    const problem = templateProblem(dto, variables);
    if (problem) throw new DomainError(DomainErrorCode.Validation, problem.message, problem.field);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO message_templates (key, channel, language, subject, body, variables, updated_by) VALUES ($1,$2,$3,$4,$5,$6,$7)
         ON CONFLICT (key, channel, language) DO UPDATE SET subject = $4, body = $5, version = message_templates.version + 1, updated_by = $7, updated_at = now()`,
        [key, channel, language, dto.subject, dto.body, JSON.stringify(variables), acting.principal.actor],
      );
      await this.audit.record(acting, 'message-template.put', `message-template:${key}/${channel}/${language}`, {}, manager);
    });
    const [saved] = await loadTemplates(this.dataSource, { key, channel, language });
    return view(saved);
  }
}
