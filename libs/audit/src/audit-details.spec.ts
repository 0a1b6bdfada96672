import { auditSafeDetails } from './audit-details';

describe('auditSafeDetails', () => {
  it('keeps codes and ids, replaces notes, reasons and personal fields by their length, at any depth', () => {
    const details = {
      agent: 'AG-002',
      reason: '张伟 (13800000001) asked for someone else',
      args: { note: '客户说: 住址 文三路 90 号', remedy: 'refund', answers: { dissatisfied_with: 'x' } },
      fields: ['phone', 'address'],
      score: 2,
      comment: null,
    };
    const safe = auditSafeDetails(details);
    expect(safe).toEqual({
      agent: 'AG-002',
      reason: `[text: ${[...details.reason].length} characters]`,
      args: { note: `[text: ${[...details.args.note].length} characters]`, remedy: 'refund', answers: '[text withheld]' },
      fields: ['phone', 'address'],
      score: 2,
      comment: null,
    });
    expect(JSON.stringify(safe)).not.toMatch(/张伟|13800000001|文三路/);
  });
});
