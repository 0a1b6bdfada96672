import { satisfactionAnswers, SatisfactionTimelineEntry } from './satisfaction-answers';

const e = (event: string, note?: string): SatisfactionTimelineEntry => ({ event, ...(note ? { note } : {}) });
const resolve = e('resolve', 'repair: fixed');
const unreached = e('satisfaction_call_unanswered', 'attempt 1 of 3');

describe('satisfactionAnswers (K-2)', () => {
  it.each<[string, SatisfactionTimelineEntry[], { scored: number; satisfied: number }]>([
    ['not resolved yet: nothing', [e('registered'), e('contact')], { scored: 0, satisfied: 0 }],
    ['resolved, call not yet answered: nothing', [resolve, unreached], { scored: 0, satisfied: 0 }],
    ['satisfied at the first call', [resolve, e('confirm_satisfied', 'score 5'), e('close')], { scored: 1, satisfied: 1 }],
    ['K-2: a failed first resolution stays counted when the second satisfies', [resolve, e('report_unsatisfied', 'score 1: still broken'), e('contact'), resolve, e('confirm_satisfied', 'score 4')], { scored: 2, satisfied: 1 }],
    ['K-2: a staff reopen is no dissatisfaction', [resolve, e('reopen', 'part arrived damaged'), resolve, e('confirm_satisfied', 'score 5')], { scored: 1, satisfied: 1 }],
    ['K-2: a staff reopen recorded before its own event (report_unsatisfied with a reason) is no answer either', [resolve, e('report_unsatisfied', 'part arrived damaged'), resolve, e('confirm_satisfied', 'score 5')], { scored: 1, satisfied: 1 }],
    ['unreached three times: no answer', [resolve, unreached, unreached, e('close_unreached', 'customer unreached after 3 satisfaction calls')], { scored: 0, satisfied: 0 }],
    ['only the first answer after a resolution counts', [resolve, e('confirm_satisfied', 'score 3'), e('confirm_satisfied', 'score 5')], { scored: 1, satisfied: 1 }],
    ['unanswered first, answered later: the answer counts once', [resolve, unreached, e('report_unsatisfied', 'score 2'), resolve, unreached, e('confirm_satisfied', 'score 4')], { scored: 2, satisfied: 1 }],
  ])('%s', (_case, timeline, expected) => {
    expect(satisfactionAnswers(timeline)).toEqual(expected);
  });
});
