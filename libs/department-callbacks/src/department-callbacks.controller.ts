import { Controller, Headers, HttpCode, Param, Post, Req, UseGuards } from '@nestjs/common';
import type { RawBodyRequest } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
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
  @ApiHeader({ name: 'X-Department-Signature', description: 'hex HMAC-SHA256 over `${timestamp}.${rawBody}`', required: true })
  answer(
    @Param('token') token: string,
    @Req() req: RawBodyRequest<Request>,
    @Headers(TIMESTAMP_HEADER) timestamp?: string,
    @Headers(SIGNATURE_HEADER) signature?: string,
  ) {
    return this.callbacks.receive({ token, rawBody: req.rawBody, timestamp, signature });
  }
}
