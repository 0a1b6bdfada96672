import { SlaPolicy, selectSlaPolicy } from './sla-policy';
import { isPending, slaTargets } from './sla-targets';

const policy = (over: Partial<SlaPolicy>): SlaPolicy => ({
  code: 'default',
  version: 1,
  category: null,
  severity: null,
  customerTier: null,
  calendar: '24x7',
  timeZone: 'Asia/Shanghai',
  firstContactSeconds: 86400,
  resolutionSeconds: 2592000,
  supervisorReportSeconds: 172800,
  escalationStepsSeconds: [172800, 432000, 864000],
  active: true,
  ...over,
});

const SEEDED = [
  policy({}),
  policy({ code: 'quality', category: 'quality', resolutionSeconds: 259200 }),
  policy({ code: 'vip', customerTier: 'vip', firstContactSeconds: 14400, resolutionSeconds: 259200 }),
];

describe('selectSlaPolicy', () => {
  it.each([
    ['billing', 'normal', 'regular', 'default'],
    ['quality', 'normal', 'regular', 'quality'], // C-5
    ['billing', 'normal', 'vip', 'vip'],
    // Equally specific: the stricter (first contact 4 h beats 24 h).
    ['quality', 'high', 'vip', 'vip'],
  ] as const)('%s/%s for a %s customer gets %s', (category, severity, customerTier, code) => {
    expect(selectSlaPolicy(SEEDED, { category, severity, customerTier })?.code).toBe(code);
  });

  it('prefers the more specific policy even when it is laxer', () => {
    const both = [...SEEDED, policy({ code: 'vip-quality', category: 'quality', customerTier: 'vip', firstContactSeconds: 999999 })];
    expect(selectSlaPolicy(both, { category: 'quality', severity: 'low', customerTier: 'vip' })?.code).toBe('vip-quality');
  });

  it('uses the latest version of a code, and ignores inactive ones', () => {
    const versions = [policy({ version: 1, firstContactSeconds: 1 }), policy({ version: 2, firstContactSeconds: 2 })];
    expect(selectSlaPolicy(versions, { category: 'other', severity: 'low', customerTier: 'regular' })?.version).toBe(2);
    expect(selectSlaPolicy([policy({ active: false })], { category: 'other', severity: 'low', customerTier: 'regular' })).toBeUndefined();
  });
});

describe('slaTargets', () => {
  it('sets first contact, supervisor report, resolution and one escalation per ladder step', () => {
    expect(slaTargets(SEEDED[0]).map((t) => [t.id, t.afterMs / 1000, t.level, t.notify])).toEqual([
      ['first_contact', 86400, undefined, 'supervisor'],
      ['supervisor_report', 172800, undefined, 'supervisor'],
      ['resolution', 2592000, undefined, 'manager'],
      ['escalation_1', 172800, 1, 'supervisor'],
      ['escalation_2', 432000, 2, 'manager'],
      ['escalation_3', 864000, 3, 'gm_office'],
    ]);
  });

  it('stops first contact at contact and everything else at resolution', () => {
    const [firstContact, , resolution] = slaTargets(SEEDED[0]);
    expect(isPending(firstContact, 'assigned')).toBe(true);
    expect(isPending(firstContact, 'contacted')).toBe(false);
    expect(isPending(resolution, 'forwarded')).toBe(true);
    expect(isPending(resolution, 'resolved')).toBe(false);
    expect(isPending(resolution, 'reopened')).toBe(true);
  });
});
