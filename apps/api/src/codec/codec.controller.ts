import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiBody, ApiHeader, ApiOkResponse, ApiOperation, ApiTags, type SchemaObject } from '@nestjs/swagger';
import { AllowCookieAuth, Roles } from '@libs/auth/http/auth.decorators';
import { SUPERVISORS_AND_UP } from '@libs/domain/staff/access';
import { decodePayloadsJson, encodePayloadsJson, PayloadsJson } from '@libs/temporal/codec/codec-server';
import { EncryptionCodec } from '@libs/temporal/codec/encryption-codec';

const payloads = (required: string[]): SchemaObject => ({
  type: 'object',
  ...(required.length ? { required: ['payloads'] } : {}),
  properties: {
    payloads: {
      type: 'array',
      items: {
        type: 'object',
        ...(required.length ? { required } : {}),
        properties: {
          metadata: { type: 'object', additionalProperties: { type: 'string', format: 'byte' }, example: { encoding: 'anNvbi9wbGFpbg==' } },
          data: { type: 'string', format: 'byte', example: 'eyJjYXNlTm8iOiJDUC0yMDI2MTEyNC0wMDAxIn0=' },
        },
      },
    },
  },
});
// Proto JSON: an empty list is left out (`{}`), as are empty metadata and data.
const PAYLOADS_IN = payloads([]);
const PAYLOADS_OUT = payloads(['metadata', 'data']);

/**
 * The codec server the Temporal UI calls (its "codec endpoint" is `<API>/codec`). Decrypted customer
 * data is for supervisors and up; the UI sends the session cookie that POST /auth/login sets for this path.
 */
@ApiTags('codec')
@ApiBearerAuth()
@Roles(...SUPERVISORS_AND_UP)
@AllowCookieAuth()
@ApiHeader({ name: 'X-Namespace', required: false, description: 'Sent by the Temporal UI; every namespace uses the same keys' })
@Controller('codec')
export class CodecController {
  constructor(@Inject(EncryptionCodec) private readonly codec: EncryptionCodec) {}

  @Post('encode')
  @HttpCode(200)
  @ApiOperation({ summary: 'Encrypt payloads with the active key' })
  @ApiBody({ schema: PAYLOADS_IN })
  @ApiOkResponse({ schema: PAYLOADS_OUT })
  @ApiBadRequestResponse({ description: 'Malformed body; the message names the field' })
  encode(@Body() body: unknown): Promise<PayloadsJson> {
    return encodePayloadsJson(body, this.codec);
  }

  @Post('decode')
  @HttpCode(200)
  @ApiOperation({ summary: 'Decrypt payloads, e.g. for the Temporal UI' })
  @ApiBody({ schema: PAYLOADS_IN })
  @ApiOkResponse({ schema: PAYLOADS_OUT })
  @ApiBadRequestResponse({ description: 'Malformed body, or a payload that cannot be decrypted (unknown key id, altered bytes)' })
  decode(@Body() body: unknown): Promise<PayloadsJson> {
    return decodePayloadsJson(body, this.codec);
  }
}
