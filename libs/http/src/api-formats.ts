import { applyDecorators } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { CUSTOMER_NO } from '@libs/domain/customers/customer-file';
import { STAFF_CODE } from '@libs/domain/staff/staff';

// Formats the server enforces, as the document states them (the regexes are the enforcing ones).
export const CASE_NO_PATTERN = {
  complaint: '^CP-\\d{8}-\\d{4,}$',
  return: '^RT-\\d{8}-\\d{4,}$',
  followUp: '^FU-\\d{8}-\\d{4,}$',
} as const;
export const CUSTOMER_NO_PATTERN = CUSTOMER_NO.source;
export const STAFF_CODE_PATTERN = STAFF_CODE.source;
export const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
export const IDEMPOTENCY_KEY = /^[\w.:-]{8,128}$/;

/** Path parameters by name (and, where a name means different things, by path prefix), as the server checks them. */
export const PATH_PARAMETER_FORMATS: Array<{ name: string; under?: string; schema: { type: 'string'; pattern: string; example: string } }> = [
  { name: 'caseNo', schema: { type: 'string', pattern: CASE_NO_PATTERN.complaint, example: 'CP-20261124-0001' } },
  { name: 'returnNo', schema: { type: 'string', pattern: CASE_NO_PATTERN.return, example: 'RT-20261124-0001' } },
  { name: 'planId', schema: { type: 'string', pattern: CASE_NO_PATTERN.followUp, example: 'FU-20261124-0001' } },
  { name: 'customerNo', schema: { type: 'string', pattern: CUSTOMER_NO.source, example: 'CU-000123' } },
  { name: 'code', under: '/staff/', schema: { type: 'string', pattern: STAFF_CODE.source, example: 'AG-001' } },
];

/** The optional `Idempotency-Key` header of a registering POST: a retry with the same key returns the same case (200). */
export function ApiIdempotencyKey() {
  return applyDecorators(
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: 'A retried POST with the same key and body returns the same case with 200 instead of 201; the same key with another body is a 409',
      schema: { type: 'string', pattern: IDEMPOTENCY_KEY.source, minLength: 8, maxLength: 128, example: 'order-7781-complaint' },
    }),
  );
}
