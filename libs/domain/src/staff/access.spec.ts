import { mayActOnCase, mayActOnReturn, mayNameResponsible, Principal, Role, seesAllCases } from './access';

const who = (role: Role, actor = 'AG-001'): Principal => ({ kind: role === 'department' ? 'department' : 'staff', actor, role, via: 'token' });

describe('case access', () => {
  it.each([
    ['agent', 'AG-001', 'AG-001', true],
    ['agent', 'AG-001', 'AG-002', false],
    ['agent', 'AG-001', null, false],
    ['warehouse', 'WH-001', 'WH-001', false],
    ['finance', 'FIN-001', 'AG-002', false],
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
    expect(seesAllCases(who('warehouse'))).toBe(false);
    expect(seesAllCases(who('department'))).toBe(false);
    expect(seesAllCases(who('supervisor'))).toBe(true);
  });
});

describe('return access', () => {
  const owner = { handler: 'AG-002', registeredBy: 'AG-003', customerAgent: 'AG-004' };
  it.each([
    ['agent', 'AG-002', true],
    ['agent', 'AG-003', true],
    ['agent', 'AG-004', true],
    ['agent', 'AG-009', false],
    ['warehouse', 'WH-001', true],
    ['finance', 'FIN-001', true],
    ['supervisor', 'SUP-001', true],
    ['department', 'AG-002', false],
  ] as const)('%s %s: %s', (role, actor, allowed) => {
    expect(mayActOnReturn(who(role, actor), owner)).toBe(allowed);
  });

  it('does not match an agent against an unowned return', () => {
    expect(mayActOnReturn(who('agent', 'AG-001'), { handler: null, registeredBy: null, customerAgent: null })).toBe(false);
  });
});

describe('K-8: who is charged with a late file hand-over', () => {
  it.each([
    ['agent', 'AG-001', 'AG-001', true],
    ['agent', 'AG-001', 'AG-002', false],
    ['supervisor', 'SUP-001', 'AG-002', true],
    ['admin', 'ADM-001', 'AG-002', true],
  ] as const)('%s %s names %s: %s', (role, actor, responsible, allowed) => {
    expect(mayNameResponsible(who(role, actor), responsible)).toBe(allowed);
  });
});
