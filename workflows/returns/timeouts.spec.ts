import { DEFAULT_RETURN_POLICY_TERMS } from '@libs/domain/returns/return-policy';
import { CLAIM_ANSWER_SECONDS_BEFORE_THE_TERM, claimAnswerSeconds } from './damage-claims';
import { spokenDuration } from './timeouts';

describe('spokenDuration (R-9 refund-overdue text)', () => {
  it.each([
    [DEFAULT_RETURN_POLICY_TERMS.refundDueSeconds, '7 days'],
    [86_400, '1 day'],
    [36 * 3_600, '36 hours'],
    [3_600, '1 hour'],
    [90 * 60, '90 minutes'],
    [60, '1 minute'],
    [2, '2 s'],
    [90, '90 s'],
  ])('%i s reads "%s"', (seconds, text) => {
    expect(spokenDuration(seconds)).toBe(text);
  });
});

describe('claimAnswerSeconds (L-2)', () => {
  it('takes the policy term when the policy has it', () => {
    expect(claimAnswerSeconds({ ...DEFAULT_RETURN_POLICY_TERMS, damageClaimAnswerSeconds: 5 * 86_400 })).toBe(5 * 86_400);
  });

  it('keeps the 14 days every claim had for a policy version written before the term', () => {
    expect(CLAIM_ANSWER_SECONDS_BEFORE_THE_TERM).toBe(14 * 86_400);
    const written: Parameters<typeof claimAnswerSeconds>[0] = { ...DEFAULT_RETURN_POLICY_TERMS };
    delete written.damageClaimAnswerSeconds;
    expect(claimAnswerSeconds(written)).toBe(CLAIM_ANSWER_SECONDS_BEFORE_THE_TERM);
  });
});
