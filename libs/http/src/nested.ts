import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsObject, ValidateNested } from 'class-validator';

// class-validator walks an array where it expects an object and finds nothing wrong in an empty one,
// so `parts: [[]]` or `to: []` passed validation and reached the services. Every nested body field
// is therefore declared an object first, then validated as one.

/** A nested object field, validated as `type`. */
export function NestedObject(type: () => new () => object, message = '$property must be an object'): PropertyDecorator {
  return applyDecorators(IsObject({ message }), ValidateNested(), Type(type));
}

/** A list of nested objects, each validated as `type`. */
export function NestedObjects(type: () => new () => object): PropertyDecorator {
  return applyDecorators(IsObject({ each: true, message: '$property must list objects, not other values or lists' }), ValidateNested({ each: true }), Type(type));
}
