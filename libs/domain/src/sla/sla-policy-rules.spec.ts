import { canonicalTimeZone, defaultPolicyConflict, slaPolicyViolation } from './sla-policy-rules';

const DAY = 86_400;
const terms = (over: Partial<Parameters<typeof slaPolicyViolation>[0]> = {}) => ({
  firstContactSeconds: DAY,
  resolutionSeconds: 3 * DAY,
  escalationStepsSeconds: [2 * DAY, 2.5 * DAY, 3 * DAY],
  ...over,
});

describe('slaPolicyViolation', () => {
  it.each([
    ['the seeded quality policy', terms()],
    ['first contact equal to resolution', terms({ firstContactSeconds: 3 * DAY })],
    ['no escalation at all', terms({ escalationStepsSeconds: [] })],
    ['a single step', terms({ escalationStepsSeconds: [60] })],
  ])('accepts %s', (_case, input) => {
    expect(slaPolicyViolation(input)).toBeUndefined();
  });

  it.each([
    ['first contact after resolution (C-3 inside C-5)', terms({ firstContactSeconds: 3 * DAY + 1 }), 'firstContactSeconds', 'must not exceed resolutionSeconds'],
    ['a repeated step', terms({ escalationStepsSeconds: [60, 60] }), 'escalationStepsSeconds', 'got 60 then 60'],
    ['a step going back', terms({ escalationStepsSeconds: [60, 120, 90] }), 'escalationStepsSeconds', 'got 120 then 90'],
    ['a fourth level', terms({ escalationStepsSeconds: [1, 2, 3, 4] }), 'escalationStepsSeconds', 'at most 3 steps'],
  ])('refuses %s, naming the field', (_case, input, field, message) => {
    const violation = slaPolicyViolation(input);
    expect(violation?.field).toBe(field);
    expect(violation?.message).toContain(field);
    expect(violation?.message).toContain(message);
  });
});

describe('defaultPolicyConflict', () => {
  const catchAll = { active: true, category: null, severity: null, customerTier: null };

  it('lets the default policy change its durations but not stop matching every complaint', () => {
    expect(defaultPolicyConflict('default', catchAll)).toBeUndefined();
    expect(defaultPolicyConflict('default', { ...catchAll, active: false })?.field).toBe('active');
    expect(defaultPolicyConflict('default', { ...catchAll, severity: 'high' })?.field).toBe('severity');
  });

  it('leaves every other policy alone', () => {
    expect(defaultPolicyConflict('quality', { ...catchAll, active: false, category: 'quality' })).toBeUndefined();
  });
});

describe('canonicalTimeZone', () => {
  it.each([
    ['Asia/Shanghai', 'Asia/Shanghai'],
    ['asia/shanghai', 'Asia/Shanghai'],
    ['Europe/Berlin', 'Europe/Berlin'],
    ['UTC', 'UTC'],
    ['Mars/Olympus_Mons', undefined],
    ['+08:00', undefined],
    ['', undefined],
  ])('%j → %j', (input, expected) => {
    expect(canonicalTimeZone(input)).toBe(expected);
  });
});
