/**
 * The parameters of one SQL statement built from parts, so that several writes that belong together
 * go to PostgreSQL in one round trip (a data-modifying `WITH`): `bind` gives each value its `$n`.
 */
export class StatementParameters {
  readonly values: unknown[] = [];

  bind(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
