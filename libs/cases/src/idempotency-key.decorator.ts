import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
const IDEMPOTENCY_KEY = /^[\w.:-]{8,128}$/;

/** The request's `Idempotency-Key`, checked; undefined when the client sent none. */
export function idempotencyKeyOf(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !IDEMPOTENCY_KEY.test(value)) {
    throw new DomainError(DomainErrorCode.Validation, `${IDEMPOTENCY_HEADER} must be 8-128 characters of letters, digits, . _ : -`, IDEMPOTENCY_HEADER);
  }
  return value;
}

/**
 * The `Idempotency-Key` header of a POST that creates or acts: a retry with the same key (from the
 * same caller) is answered with what the first request did, never done twice.
 */
export const IdempotencyKey = createParamDecorator((_: unknown, ctx: ExecutionContext): string | undefined =>
  idempotencyKeyOf(ctx.switchToHttp().getRequest<Request>().headers['idempotency-key']),
);
