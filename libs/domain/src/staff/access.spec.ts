import { mayActOnCase, Principal, Role, seesAllCases } from './access';

const who = (role: Role, actor = 'AG-001'): Principal => ({ kind: role === 'department' ? 'department' : 'staff', actor, role, via: 'token' });

describe('case access', () => {
  it.each([
    ['agent', 'AG-001', 'AG-001', true],
    ['agent', 'AG-001', 'AG-002', false],
    ['agent', 'AG-001', null, false],
    ['supervisor', 'SUP-001', 'AG-002', true],
    ['manager', 'MGR-001', null, true],
    ['gm_office', 'GMO-001', 'AG-002', true],
    ['admin', 'ADM-001', 'AG-002', true],
    ['department', 'quality', 'AG-002', false],
  ] as const)('%s %s on a case of %s: %s', (role, actor, assigned, allowed) => {
    expect(mayActOnCase(who(role, actor), assigned)).toBe(allowed);
  });

  it('lets only supervisors and up see every case', () => {
    expect(seesAllCases(who('agent'))).toBe(false);
    expect(seesAllCases(who('department'))).toBe(false);
    expect(seesAllCases(who('supervisor'))).toBe(true);
  });
});
