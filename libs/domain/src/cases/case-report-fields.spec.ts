import { complaintReportFields, complaintReportTimes } from './case-report-fields';

const t = (event: string, at: string) => ({ event, at: `2026-11-${at}Z` });

describe('complaint report times (K-1, C-5, K-4)', () => {
  it('K-1: the first contact, not later calls', () => {
    const timeline = [t('registered', '24T01:00:00'), t('assign', '24T01:00:01'), t('contact', '24T05:00:00'), t('call', '25T05:00:00')];
    expect(complaintReportTimes(timeline, 'contacted')).toEqual({ firstContactedAt: '2026-11-24T05:00:00Z', resolvedAt: null, closedAt: null });
  });

  it('C-5: the latest resolution, and the close after satisfaction', () => {
    const timeline = [
      t('registered', '24T01:00:00'),
      t('contact', '24T02:00:00'),
      t('resolve', '24T03:00:00'),
      t('report_unsatisfied', '25T03:00:00'),
      t('contact', '25T04:00:00'),
      t('resolve', '26T03:00:00'),
      t('confirm_satisfied', '27T03:00:00'),
      t('close', '27T03:00:00'),
    ];
    expect(complaintReportTimes(timeline, 'closed')).toEqual({ firstContactedAt: '2026-11-24T02:00:00Z', resolvedAt: '2026-11-26T03:00:00Z', closedAt: '2026-11-27T03:00:00Z' });
  });

  it.each([
    ['closed unreached', 'closed', 'close_unreached'],
    ['cancelled', 'cancelled', 'cancel'],
  ])('an end: %s', (_, status, event) => {
    expect(complaintReportTimes([t('registered', '24T01:00:00'), t(event, '28T00:00:00')], status).closedAt).toBe('2026-11-28T00:00:00Z');
  });

  it('an open case has no end even after a close-like note', () => {
    expect(complaintReportTimes([t('cancel', '24T01:00:00')], 'reopened').closedAt).toBeNull();
  });
});

describe('complaint report fields (C-4, C-8, C-11)', () => {
  const timeline = [t('registered', '24T01:00:00'), t('contact', '24T02:00:00')];

  it('counts the department only once the manager confirmed the hand-over, with the cause it found', () => {
    const asked = { department: 'quality', confirmedBy: null, answer: null };
    expect(complaintReportFields({ timeline, status: 'contacted', satisfaction: null, department: asked })).toMatchObject({ department: null, cause: null });
    const answered = { department: 'quality', confirmedBy: 'MGR-100', answer: { cause: 'batch defect' } };
    expect(complaintReportFields({ timeline, status: 'department_answered', satisfaction: null, department: answered })).toMatchObject({ department: 'quality', cause: 'batch defect' });
  });

  it('K-2: counts the first answer after each resolution, a failed first one included', () => {
    const twice = [
      t('contact', '24T02:00:00'),
      t('resolve', '24T03:00:00'),
      { ...t('report_unsatisfied', '25T03:00:00'), note: 'score 2' },
      t('resolve', '26T03:00:00'),
      { ...t('confirm_satisfied', '27T03:00:00'), note: 'score 5' },
    ];
    expect(complaintReportFields({ timeline: twice, status: 'satisfaction_confirmed', satisfaction: { score: 5 }, department: null })).toMatchObject({ satisfactionAnswers: 2, satisfiedAnswers: 1 });
  });

  it('carries the satisfaction score and the report times', () => {
    expect(complaintReportFields({ timeline, status: 'contacted', satisfaction: { score: 4 }, department: null })).toEqual({
      firstContactedAt: '2026-11-24T02:00:00Z',
      resolvedAt: null,
      closedAt: null,
      satisfactionScore: 4,
      satisfactionAnswers: 0,
      satisfiedAnswers: 0,
      cause: null,
      department: null,
    });
  });
});
