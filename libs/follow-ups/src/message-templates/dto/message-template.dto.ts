import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { MESSAGE_CHANNELS, MESSAGE_LANGUAGES, MESSAGE_TEMPLATE_KEYS } from '@libs/domain/messages/message-templates';

/** One customer message text: its key, channel and language, the variables it may use, and its words. */
export class MessageTemplateDto {
  @ApiProperty({ enum: MESSAGE_TEMPLATE_KEYS, example: 'replacement_shipped' }) key: string;
  @ApiProperty({ enum: MESSAGE_CHANNELS, example: 'sms' }) channel: string;
  @ApiProperty({ enum: MESSAGE_LANGUAGES, example: 'zh-CN' }) language: string;
  @ApiProperty({ example: 'L-4: the replacement ships: courier and waybill number', description: 'What the message is for (staff language)' }) purpose: string;
  @ApiProperty({ example: '换货已发出' }) subject: string;
  @ApiProperty({ example: '您的换货已由{{courier}}发出，运单号{{waybillNo}}，请注意查收。' }) body: string;
  @ApiProperty({ type: [String], example: ['returnNo', 'courier', 'waybillNo'], description: 'The variables the subject and body may use, as `{{name}}`' }) variables: string[];
  @ApiProperty({ type: 'integer', minimum: 1, example: 1 }) version: number;
  @ApiProperty({ example: 'admin' }) updatedBy: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class MessageTemplateListDto {
  @ApiProperty({ type: [MessageTemplateDto] }) items: MessageTemplateDto[];
}

/** The words of a template; the variables are the message's own and cannot be changed. */
export class PutMessageTemplateDto {
  @ApiProperty({ example: '换货已发出', maxLength: 100 })
  @IsString({ message: 'subject must be text' })
  @MaxLength(100)
  subject: string;

  @ApiProperty({ example: '您的换货已由{{courier}}发出，运单号{{waybillNo}}，请注意查收。', maxLength: 2000, description: 'May use only the template\'s declared variables, as `{{name}}`; no rule ids' })
  @IsString({ message: 'body must be text' })
  @MaxLength(2000)
  body: string;
}
