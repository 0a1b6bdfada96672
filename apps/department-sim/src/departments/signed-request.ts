import { UnauthorizedException } from '@nestjs/common';
import type { RawBodyRequest } from '@nestjs/common';
import type { Request } from 'express';
import { isDepartment, SIGNATURE_HEADER, TIMESTAMP_HEADER } from '@libs/departments/protocol';
import { verify } from '@libs/departments/signature';
import { AnswerSender } from './answer-sender';

/** Refuses a request not signed with the named department's secret, as a real department would. */
export function requireSignedBy(sender: AnswerSender, department: string, req: RawBodyRequest<Request>): void {
  const secret = isDepartment(department) ? sender.secretOf(department) : undefined;
  const check = secret ? verify(secret, req.rawBody ?? '', req.header(TIMESTAMP_HEADER), req.header(SIGNATURE_HEADER)) : { ok: false as const, reason: 'no secret' };
  if (!check.ok) throw new UnauthorizedException({ code: 'UNAUTHENTICATED', message: `request refused: ${check.reason}` });
}
