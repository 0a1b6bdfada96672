import { applyDecorators } from '@nestjs/common';
import { ApiHeader, ApiParam } from '@nestjs/swagger';
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

/** A case-number path parameter with its format and an example. */
export function ApiCaseNoParam(name: string, kind: keyof typeof CASE_NO_PATTERN) {
  const prefix = { complaint: 'CP', return: 'RT', followUp: 'FU' }[kind];
  return ApiParam({ name, schema: { type: 'string', pattern: CASE_NO_PATTERN[kind], example: `${prefix}-20261124-0001` } });
}

export function ApiCustomerNoParam(name = 'customerNo') {
  return ApiParam({ name, schema: { type: 'string', pattern: CUSTOMER_NO_PATTERN, example: 'CU-000123' } });
}

export function ApiStaffCodeParam(name = 'code') {
  return ApiParam({ name, schema: { type: 'string', pattern: STAFF_CODE_PATTERN, example: 'AG-001' } });
}

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
