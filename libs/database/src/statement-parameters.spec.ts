import { StatementParameters } from './statement-parameters';

describe('StatementParameters', () => {
  it('numbers values in the order the parts bind them, so parts can share one statement', () => {
    const params = new StatementParameters();
    const first = `INSERT INTO a VALUES (${params.bind('x')}, ${params.bind(null)})`;
    const second = `INSERT INTO b VALUES (${params.bind(3)})`;
    expect(first).toBe('INSERT INTO a VALUES ($1, $2)');
    expect(second).toBe('INSERT INTO b VALUES ($3)');
    expect(params.values).toEqual(['x', null, 3]);
  });
});
