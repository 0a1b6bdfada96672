import type { ArgumentMetadata } from '@nestjs/common';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { undocumentedNullNumber } from './null-numbers';
import { findUnsafeValue } from './unsafe-values';

const CHECKED = new Set<ArgumentMetadata['type']>(['body', 'query', 'param']);

/** Refuses, naming the field, what no store can hold; `raw` before transformation, `transformed` after. */
export function refuseUnsafeInput(value: unknown, metadata: ArgumentMetadata, stage: 'raw' | 'transformed'): void {
  if (!CHECKED.has(metadata.type)) return;
  const field = metadata.data ?? '';
  const unsafe = findUnsafeValue(value, field);
  if (unsafe) throw new DomainError(DomainErrorCode.Validation, unsafe.message, unsafe.field);
  if (stage === 'transformed') {
    const nullField = undocumentedNullNumber(value, field);
    if (nullField) throw new DomainError(DomainErrorCode.Validation, `${nullField} must be a number, not null`, nullField);
  }
}
