import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

/** Field paths with the first failed constraint each, e.g. `category must be one of: quality, ...`. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? Object.values(error.constraints).map((m) => m.replace(error.property, path)) : [];
    return [...own, ...flattenValidationErrors(error.children ?? [], path)];
  });
}

/** Global validation: unknown fields are refused, types are transformed, every message names its field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) =>
      new BadRequestException({ code: 'VALIDATION_FAILED', message: flattenValidationErrors(errors) }),
  });
}
