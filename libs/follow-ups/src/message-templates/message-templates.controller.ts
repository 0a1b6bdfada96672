import { Body, Controller, Get, HttpCode, Param, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiParam, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Acting } from '@libs/audit';
import { CurrentActor, Roles } from '@libs/auth/http/auth.decorators';
import { MESSAGE_CHANNELS, MESSAGE_LANGUAGES, MESSAGE_TEMPLATE_KEYS } from '@libs/domain/messages/message-templates';
import { MessageTemplateDto, MessageTemplateListDto, PutMessageTemplateDto } from './dto/message-template.dto';
import { MessageTemplatesService } from './message-templates.service';

/** The texts customers read (SMS, letters), per channel and language; every staff role reads them, admins word them. */
@ApiTags('message-templates')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'Missing or invalid credentials' })
@ApiForbiddenResponse({ description: 'Changes are for admins only' })
@Controller('message-templates')
export class MessageTemplatesController {
  constructor(private readonly templates: MessageTemplatesService) {}

  @Get()
  @ApiOkResponse({ type: MessageTemplateListDto, description: 'Every template by key, channel and language' })
  list(): Promise<MessageTemplateListDto> {
    return this.templates.list();
  }

  @Put(':key/:channel/:language')
  @HttpCode(200)
  @Roles('admin')
  @ApiParam({ name: 'key', enum: MESSAGE_TEMPLATE_KEYS })
  @ApiParam({ name: 'channel', enum: MESSAGE_CHANNELS })
  @ApiParam({ name: 'language', enum: MESSAGE_LANGUAGES })
  @ApiOkResponse({ type: MessageTemplateDto, description: 'The template as stored, its version raised; the next message uses it' })
  @ApiBadRequestResponse({ description: 'An undeclared variable, a rule id, an empty text, an unknown channel or language; `field` names it' })
  @ApiNotFoundResponse({ description: 'No message with this key' })
  put(@CurrentActor() acting: Acting, @Param('key') key: string, @Param('channel') channel: string, @Param('language') language: string, @Body() dto: PutMessageTemplateDto): Promise<MessageTemplateDto> {
    return this.templates.put(acting, key, channel, language, dto);
  }
}
