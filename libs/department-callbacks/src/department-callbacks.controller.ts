import { Controller, Headers, HttpCode, Param, Post, Req, UseGuards } from '@nestjs/common';
import type { RawBodyRequest } from '@nestjs/common';
import { ApiBody, ApiConflictResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { SkipThrottle, ThrottlerGuard } from '@nestjs/throttler';
import type { Request } from 'express';
import { Public } from '@libs/auth/http/auth.decorators';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER } from '@libs/departments/protocol';
import { DepartmentCallbacksService } from './department-callbacks.service';

@ApiTags('department callbacks')
@Controller('department-callbacks')
export class DepartmentCallbacksController {
  constructor(private readonly callbacks: DepartmentCallbacksService) {}

  // No bearer token: the department's HMAC signature authenticates the answer. Rate-limited by the
  // `department-callbacks` throttler, not the sign-in one.
  @Public()
  @UseGuards(ThrottlerGuard)
  @SkipThrottle({ login: true })
  @Post(':token')
  @HttpCode(200)
  @ApiOperation({ summary: "A department's answer to a request (see README, Department protocol)" })
  @ApiHeader({ name: 'X-Department-Timestamp', description: 'unix seconds', required: true })
  @ApiHeader({ name: 'X-Department-Signature', description: 'hex HMAC-SHA256 over `${timestamp}.${rawBody}`', required: true, schema: { type: 'string', pattern: '^[0-9a-f]{64}$' } })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['requestId', 'outcome'],
      properties: {
        requestId: { type: 'string', example: 'complaint-CP-20261124-0001:run:3' },
        outcome: { type: 'string', enum: ['completed', 'failed'] },
        result: { type: 'object', additionalProperties: true, description: 'With outcome completed: what the department found or did' },
        error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } }, description: 'With outcome failed' },
      },
    },
  })
  @ApiOkResponse({
    description: 'The first valid answer is applied; the same answer again is a duplicate and changes nothing',
    schema: { type: 'object', required: ['status'], properties: { status: { type: 'string', enum: ['applied', 'duplicate'] } } },
  })
  @ApiUnauthorizedResponse({ description: 'Unknown token, missing or bad signature, stale timestamp' })
  @ApiConflictResponse({ description: 'A different answer after one was applied, or an answer after the platform stopped waiting' })
  answer(
    @Param('token') token: string,
    @Req() req: RawBodyRequest<Request>,
    @Headers(TIMESTAMP_HEADER) timestamp?: string,
    @Headers(SIGNATURE_HEADER) signature?: string,
  ) {
    return this.callbacks.receive({ token, rawBody: req.rawBody, timestamp, signature });
  }
}
