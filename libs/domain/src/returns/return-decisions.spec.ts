import { exchangeShippingFee, InspectionFindings, refundDecision, ShippingFeeDecision } from './return-decisions';

const findings = (resellable: boolean, qualityProblem: boolean): InspectionFindings => ({ resellable, qualityProblem });

describe('refundDecision', () => {
  it.each([
    [true, false, true, /new and resellable/],
    [true, true, true, /quality problem/],
    [false, true, true, /quality problem/],
    [false, false, false, /not resellable and has no quality problem/],
  ])('R-6: resellable=%p, qualityProblem=%p → refund=%p', (resellable, qualityProblem, refund, why) => {
    const decision = refundDecision(findings(resellable, qualityProblem));
    expect(decision.refund).toBe(refund);
    expect(decision.why).toMatch(why);
    expect(decision.why).toMatch(/R-6/);
  });

  it('R-6: only an item that is neither resellable nor faulty is refused', () => {
    const refused = [true, false].flatMap((resellable) => [true, false].map((qualityProblem) => findings(resellable, qualityProblem))).filter(
      (f) => !refundDecision(f).refund,
    );
    expect(refused).toEqual([findings(false, false)]);
  });
});

describe('exchangeShippingFee', () => {
  const ALL: Array<[resellable: boolean, qualityProblem: boolean, customerPaid: boolean, fee: ShippingFeeDecision]> = [
    [true, true, true, 'waived_quality_problem'],
    [true, true, false, 'waived_quality_problem'],
    [false, true, true, 'waived_quality_problem'],
    [false, true, false, 'waived_quality_problem'],
    [true, false, true, 'paid_by_customer'],
    [false, false, true, 'paid_by_customer'],
    [true, false, false, 'due'],
    [false, false, false, 'due'],
  ];

  it.each(ALL)('R-6: resellable=%p, qualityProblem=%p, customer paid return shipping=%p → %s', (resellable, qualityProblem, customerPaid, fee) => {
    expect(exchangeShippingFee(findings(resellable, qualityProblem), customerPaid)).toBe(fee);
  });

  it('R-6: a quality problem is exchanged free whoever paid the return shipping', () => {
    expect(exchangeShippingFee(findings(false, true), false)).toBe('waived_quality_problem');
  });

  it('R-6: without a quality problem, a customer who has not paid is asked to pay before the replacement ships', () => {
    expect(exchangeShippingFee(findings(true, false), false)).toBe('due');
  });
});
