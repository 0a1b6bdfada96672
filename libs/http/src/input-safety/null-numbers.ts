import { getMetadataStorage } from 'class-validator';

// `@IsOptional()` lets null through every other check, so `{"firstContactSeconds": null}` reached the
// database as a NOT NULL violation (a 500). A number field takes null only where the API documents it.
// Where @nestjs/swagger keeps `@ApiProperty()` options (its DECORATORS.API_MODEL_PROPERTIES; not exported).
const API_MODEL_PROPERTIES = 'swagger/apiModelProperties';
const NUMERIC_CONSTRAINTS = new Set(['isInt', 'isNumber', 'min', 'max', 'isPositive', 'isNegative', 'isDivisibleBy', 'isSlaSeconds', 'fenAmount']);

function numericProperties(target: object): Set<string> {
  const names = new Set<string>();
  for (const meta of getMetadataStorage().getTargetValidationMetadatas(target.constructor, '', true, false)) {
    if (meta.name && NUMERIC_CONSTRAINTS.has(meta.name)) names.add(meta.propertyName);
    const constraint = meta.constraintCls && getMetadataStorage().getTargetValidatorConstraints(meta.constraintCls)[0];
    if (constraint?.name && NUMERIC_CONSTRAINTS.has(constraint.name)) names.add(meta.propertyName);
  }
  for (const key of Object.keys(target)) {
    if (Reflect.getMetadata('design:type', target, key) === Number) names.add(key);
  }
  return names;
}

function documentedNullable(target: object, property: string): boolean {
  const doc = Reflect.getMetadata(API_MODEL_PROPERTIES, target, property) as { nullable?: boolean } | undefined;
  return doc?.nullable === true;
}

/** The path of the first number field of a transformed DTO that holds null without documenting it. */
export function undocumentedNullNumber(value: unknown, field = '', depth = 0): string | undefined {
  if (value === null || typeof value !== 'object' || depth > 64) return undefined;
  const isDto = !Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype;
  const numeric = isDto ? numericProperties(value) : new Set<string>();
  for (const [key, nested] of Object.entries(value)) {
    const path = field ? `${field}.${key}` : key;
    if (nested === null && numeric.has(key) && !documentedNullable(value, key)) return path;
    const found = undocumentedNullNumber(nested, path, depth + 1);
    if (found) return found;
  }
  return undefined;
}
