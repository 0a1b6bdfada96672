import { jsonNestsDeeperThan, MAX_JSON_DEPTH } from './json-depth';

const bytes = (text: string) => Buffer.from(text);

describe('jsonNestsDeeperThan', () => {
  it.each([
    ['a flat object', '{"a":1,"b":[1,2]}', 2, false],
    ['exactly the limit', '[[[1]]]', 3, false],
    ['one level too deep', '[[[[1]]]]', 3, true],
    ['brackets inside strings', '{"text":"[[[[[[[[{{{{{{"}', 2, false],
    ['escaped quotes inside strings', '{"t":"\\"[[[[[[["}', 2, false],
    ['an escaped backslash before the closing quote', '{"t":"\\\\"}', 1, false],
    ['objects and arrays mixed', '{"a":{"b":[{"c":[1]}]}}', 4, true],
  ])('%s', (_case, text, max, deeper) => {
    expect(jsonNestsDeeperThan(bytes(text), max)).toBe(deeper);
  });

  it('stops at the first level too deep of 120,000 nested arrays, quickly', () => {
    const hostile = bytes('['.repeat(120_000) + ']'.repeat(120_000));
    const started = process.hrtime.bigint();
    expect(jsonNestsDeeperThan(hostile)).toBe(true);
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(50);
    expect(jsonNestsDeeperThan(bytes('['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH)))).toBe(false);
  });
});
