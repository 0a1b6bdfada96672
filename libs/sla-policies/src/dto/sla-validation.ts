import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsIn, ValidateBy, ValidateIf } from 'class-validator';
import { canonicalTimeZone, MAX_SLA_SECONDS } from '@libs/domain/sla/sla-policy-rules';

/** A positive whole number of seconds of business time, at most 90 days; `each` for arrays. One message, however it fails. */
export function SlaSeconds(options: { each?: boolean } = {}) {
  return ValidateBy(
    {
      name: 'isSlaSeconds',
      validator: {
        validate: (value: unknown) => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= MAX_SLA_SECONDS,
        defaultMessage: () => `$property must ${options.each ? 'hold whole numbers' : 'be a whole number'} of seconds from 1 to ${MAX_SLA_SECONDS} (90 days)`,
      },
    },
    options,
  );
}

/**
 * A selector: null (any value) or one of `values`. It must be sent, even as null, so that a new
 * version never widens a policy to every complaint just because a field was left out.
 */
export function NullOr(values: readonly string[]) {
  return applyDecorators(
    ValidateIf((_, value) => value !== null),
    IsIn(values, { message: `$property must be null (any) or one of: ${values.join(', ')}` }),
  );
}

/** An IANA time zone the business calendars accept, stored in its canonical spelling. */
export function IsTimeZone() {
  return applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? (canonicalTimeZone(value) ?? value) : value)),
    ValidateBy({
      name: 'isTimeZone',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && canonicalTimeZone(value) !== undefined,
        defaultMessage: () => '$property must be an IANA time zone such as Asia/Shanghai',
      },
    }),
  );
}
