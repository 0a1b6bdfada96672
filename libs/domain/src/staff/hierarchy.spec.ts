import { mayGrantRole, mayManageStaff, removesLastAdmin } from './hierarchy';
import type { StaffRole } from './staff';

describe('staff management hierarchy', () => {
  it.each<[StaffRole, StaffRole, boolean]>([
    ['supervisor', 'agent', true],
    ['supervisor', 'warehouse', true],
    ['supervisor', 'finance', true],
    ['supervisor', 'supervisor', true],
    ['supervisor', 'manager', false],
    ['supervisor', 'gm_office', false],
    ['supervisor', 'admin', false],
    ['manager', 'supervisor', true],
    ['manager', 'gm_office', false],
    ['gm_office', 'manager', true],
    ['gm_office', 'admin', false],
    ['admin', 'admin', true],
    ['admin', 'gm_office', true],
    ['agent', 'agent', true],
    ['warehouse', 'supervisor', false],
  ])('%s manages a %s: %s', (actor, target, allowed) => {
    expect(mayManageStaff(actor, target)).toBe(allowed);
  });

  it.each<[StaffRole, StaffRole, boolean]>([
    ['supervisor', 'agent', true],
    ['supervisor', 'manager', false],
    ['manager', 'admin', false],
    ['gm_office', 'admin', false],
    ['admin', 'admin', true],
  ])('%s grants the role %s: %s', (actor, role, allowed) => {
    expect(mayGrantRole(actor, role)).toBe(allowed);
  });

  it.each([
    ['departing the last admin', { role: 'admin', status: 'active' }, { status: 'departed' }, 0, true],
    ['demoting the last admin', { role: 'admin', status: 'active' }, { role: 'manager' }, 0, true],
    ['departing the last admin while absent', { role: 'admin', status: 'absent' }, { status: 'departed' }, 0, true],
    ['an absence of the last admin', { role: 'admin', status: 'active' }, { status: 'absent' }, 0, false],
    ['departing one of two admins', { role: 'admin', status: 'active' }, { status: 'departed' }, 1, false],
    ['a profile change of the last admin', { role: 'admin', status: 'active' }, { role: 'admin' as const }, 0, false],
    ['departing a manager', { role: 'manager', status: 'active' }, { status: 'departed' }, 0, false],
  ] as const)('%s removes the last admin: %s', (_case, target, change, others, removes) => {
    expect(removesLastAdmin(target, change, others)).toBe(removes);
  });
});
