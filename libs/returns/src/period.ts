import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';

/** `from` (inclusive) and `to` (exclusive) as instants; a range that ends before it starts is refused. */
export function checkedPeriod(query: { from?: string; to?: string }): { from?: Date; to?: Date } {
  const from = query.from ? new Date(query.from) : undefined;
  const to = query.to ? new Date(query.to) : undefined;
  if (from && to && to.getTime() <= from.getTime()) throw new DomainError(DomainErrorCode.Validation, 'to must be later than from', 'to');
  return { from, to };
}
