import { unstorableField } from './storable-text';

describe('unstorableField', () => {
  it.each([
    [{ text: 'plain 中文 text 😀' }, undefined],
    [{ text: 'a\u0000b' }, 'text'],
    [{ reason: 'x', items: [{ sku: 'ok' }, { sku: '\uD800' }] }, 'items[1].sku'],
    [{ note: 'lone low \uDC00 surrogate' }, 'note'],
    [{ n: 3, b: true, nothing: null }, undefined],
  ])('%j → %s', (value, field) => {
    expect(unstorableField(value)).toBe(field);
  });
});
