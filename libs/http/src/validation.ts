import { ArgumentMetadata, BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { refuseUnsafeInput } from './input-safety/refuse-unsafe-input';

// Keys that reach object internals rather than data; class-transformer lets `constructor` through
// the unknown-field check, so they are refused before it.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The path of the first forbidden key in a parsed body or query, if any. */
export function forbiddenKeyPath(value: unknown, parent = '', depth = 0): string | undefined {
  if (value === null || typeof value !== 'object' || depth > 32) return undefined;
  for (const key of Object.keys(value)) {
    const path = parent ? `${parent}.${key}` : key;
    if (FORBIDDEN_KEYS.has(key)) return path;
    const nested = forbiddenKeyPath((value as Record<string, unknown>)[key], path, depth + 1);
    if (nested) return nested;
  }
  return undefined;
}

export interface FieldProblem {
  field: string;
  message: string;
}

/** Each failed constraint with the path of its field, e.g. `category must be one of: quality, ...`. */
export function fieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? Object.values(error.constraints).map((m) => ({ field, message: m.replace(error.property, field) })) : [];
    return [...own, ...fieldProblems(error.children ?? [], field)];
  });
}

/** The 400 of a refused body or query: every message, and the fields they are about (for `field`/`fields`). */
export function validationFailed(problems: FieldProblem[]): BadRequestException {
  return new BadRequestException({
    code: 'VALIDATION_FAILED',
    message: problems.map((p) => p.message),
    fields: [...new Set(problems.map((p) => p.field))],
  });
}

/** Global validation: unknown fields are refused, types are transformed, every message names its field. */
export function createValidationPipe(): ValidationPipe {
  return new StrictValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => validationFailed(fieldProblems(errors)),
  });
}

class StrictValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' || metadata.type === 'query') {
      const path = forbiddenKeyPath(value);
      if (path) throw validationFailed([{ field: path, message: `property ${path} should not exist` }]);
    }
    // NUL, lone surrogates, impossible dates and numbers no column holds: refused before and after
    // transformation (a query's "1e40" only becomes a number in the DTO).
    refuseUnsafeInput(value, metadata, 'raw');
    const transformed = await super.transform(value, metadata);
    refuseUnsafeInput(transformed, metadata, 'transformed');
    return transformed;
  }
}
