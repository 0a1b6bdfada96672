import { answerHash, parseAnswer } from './answer';

describe('department answers', () => {
  it('hashes the same answer the same whatever the key order', () => {
    const a = { requestId: 'r', outcome: 'completed' as const, result: { cause: 'x', actions: ['a', 'b'] } };
    const b = JSON.parse('{"result":{"actions":["a","b"],"cause":"x"},"outcome":"completed","requestId":"r"}');
    expect(answerHash(a)).toBe(answerHash(b));
    expect(answerHash(a)).not.toBe(answerHash({ ...a, result: { cause: 'y', actions: ['a', 'b'] } }));
  });

  it('reads a valid answer', () => {
    expect(parseAnswer('{"requestId":"r","outcome":"failed","error":{"code":"NO_STOCK","message":"out of stock"}}')).toEqual({
      answer: { requestId: 'r', outcome: 'failed', error: { code: 'NO_STOCK', message: 'out of stock' } },
    });
  });

  it.each([
    ['not JSON', 'body is not valid JSON'],
    ['{"requestId":"r","outcome":"maybe"}', 'outcome'],
    ['{"requestId":"r","outcome":"failed"}', 'a failed answer needs error'],
    ['{"requestId":"r","outcome":"completed","extra":1}', 'extra'],
  ])('refuses %s', (body, problem) => {
    const parsed = parseAnswer(body);
    expect('problem' in parsed && parsed.problem).toContain(problem);
  });
});
