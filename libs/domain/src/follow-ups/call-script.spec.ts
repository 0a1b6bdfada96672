import { attemptProblem, CallAttemptInput, callScript, startsComplaint } from './call-script';
import { DEFAULT_FOLLOW_UP_POLICY_TERMS } from './follow-up-policy';

const terms = DEFAULT_FOLLOW_UP_POLICY_TERMS;
const shipment = terms.plans.shipment[0];
const invitation = terms.plans.event_invitation[0];
const greeted = { identity_confirmed: true, thanked: true };
const reached = (over: Partial<CallAttemptInput> = {}): CallAttemptInput => ({
  outcome: 'reached',
  satisfactionScore: 5,
  answers: { ...greeted, received: true, intact: true },
  ...over,
});

describe('F-9 call script', () => {
  it('identifies, thanks, asks the call\'s own questions, then satisfaction: suggestions or what, apology and promise', () => {
    expect(callScript(shipment).map((l) => `${l.id}:${l.when}`)).toEqual([
      'identity_confirmed:reached',
      'thanked:reached',
      'received:reached',
      'intact:reached',
      'suggestions:satisfied',
      'dissatisfied_with:unsatisfied',
      'apologised:unsatisfied',
      'improvement_promised:unsatisfied',
    ]);
  });

  it('asks no satisfaction on an invitation call (F-8)', () => {
    expect(callScript(invitation).map((l) => l.id)).toEqual(['identity_confirmed', 'thanked', 'attending']);
  });

  it.each([
    ['a reached, satisfied customer with suggestions', reached({ answers: { ...greeted, received: true, suggestions: 'faster delivery' } })],
    ['a reached, unsatisfied customer with the F-9 answers', reached({ satisfactionScore: 2, answers: { ...greeted, received: true, dissatisfied_with: 'scratched box', apologised: true, improvement_promised: true } })],
    ['no answer', { outcome: 'no_answer' as const }],
    ['a busy line with notes', { outcome: 'busy' as const, notes: 'call after 16:00' }],
    ['a wrong number', { outcome: 'wrong_number' as const }],
    ['purchase intent (F-11)', reached({ purchaseIntent: { interest: 'a second e-bike for his wife' } })],
  ])('accepts %s', (_case, attempt) => {
    expect(attemptProblem(attempt, shipment, terms)).toBeUndefined();
  });

  it('accepts an invitation without a score', () => {
    expect(attemptProblem({ outcome: 'reached', answers: { ...greeted, attending: true } }, invitation, terms)).toBeUndefined();
  });

  it.each([
    ['an unknown outcome', { outcome: 'voicemail' as never }, 'outcome'],
    ['a reached customer without a score', reached({ satisfactionScore: undefined }), 'satisfactionScore'],
    ['a score of 6', reached({ satisfactionScore: 6 }), 'satisfactionScore'],
    ['a score of 2.5', reached({ satisfactionScore: 2.5 }), 'satisfactionScore'],
    ['a score with no answer', { outcome: 'no_answer' as const, satisfactionScore: 3 }, 'satisfactionScore'],
    ['answers with a busy line', { outcome: 'busy' as const, answers: { received: true } }, 'answers'],
    ['identity not confirmed', reached({ answers: { thanked: true, received: true } }), 'answers.identity_confirmed'],
    ['a required question of the call unanswered', reached({ answers: { ...greeted } }), 'answers.received'],
    ['an answer of the wrong type', reached({ answers: { ...greeted, received: 'yes' } }), 'answers.received'],
    ['an answer to a question not in the script', reached({ answers: { ...greeted, received: true, colour: 'red' } }), 'answers.colour'],
    ['unsatisfied without saying what', reached({ satisfactionScore: 3, answers: { ...greeted, received: true, apologised: true, improvement_promised: true } }), 'answers.dissatisfied_with'],
    ['unsatisfied without an apology', reached({ satisfactionScore: 1, answers: { ...greeted, received: true, dissatisfied_with: 'late' } }), 'answers.apologised'],
    ['suggestions from an unsatisfied customer', reached({ satisfactionScore: 2, answers: { ...greeted, received: true, suggestions: 'x', dissatisfied_with: 'late', apologised: true, improvement_promised: true } }), 'answers.suggestions'],
    ['an empty purchase interest', reached({ purchaseIntent: { interest: ' ' } }), 'purchaseIntent.interest'],
    ['notes that are too long', { outcome: 'no_answer' as const, notes: 'x'.repeat(2001) }, 'notes'],
    ['a complaint category that does not exist', reached({ complaintCategory: 'weather' as never }), 'complaintCategory'],
  ])('refuses %s, naming the field', (_case, attempt, field) => {
    expect(attemptProblem(attempt as CallAttemptInput, shipment, terms)?.field).toBe(field);
  });

  it.each([
    [1, true],
    [2, true],
    [3, false],
    [5, false],
  ])('F-10: a score of %i starts a complaint: %s', (score, starts) => {
    expect(startsComplaint({ outcome: 'reached', satisfactionScore: score }, terms)).toBe(starts);
  });

  it('F-10: no complaint without a reached customer or with the threshold at 0', () => {
    expect(startsComplaint({ outcome: 'no_answer' }, terms)).toBe(false);
    expect(startsComplaint({ outcome: 'reached', satisfactionScore: 1 }, { complaintAtOrBelow: 0 })).toBe(false);
  });
});
