import { ValidateBy, ValidationOptions } from 'class-validator';

/** The most a single request may ask back: CNY 10,000,000.00. */
export const MAX_AMOUNT_FEN = 1_000_000_000;

/** A positive whole number of fen, at most MAX_AMOUNT_FEN. One message, however it fails. */
export function FenAmount(options: ValidationOptions = {}) {
  return ValidateBy(
    {
      name: 'isFenAmount',
      validator: {
        validate: (value: unknown) => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= MAX_AMOUNT_FEN,
        defaultMessage: () => `$property must be a whole number of fen from 1 to ${MAX_AMOUNT_FEN}`,
      },
    },
    options,
  );
}
