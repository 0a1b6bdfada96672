// Staff roles as the API reports them (GET /auth/me). `warehouse` and `finance` are the roles for the
// returns desk; the console knows them before the server does, so a server that adds them needs no change here.
export type Role = 'agent' | 'supervisor' | 'manager' | 'gm_office' | 'admin' | 'warehouse' | 'finance' | 'department';

export const SUPERVISORS_AND_UP: readonly Role[] = ['supervisor', 'manager', 'gm_office', 'admin'];
export const CASE_WORKERS: readonly Role[] = ['agent', ...SUPERVISORS_AND_UP];

export const isSupervisorOrUp = (role: Role) => SUPERVISORS_AND_UP.includes(role);
export const worksCases = (role: Role) => CASE_WORKERS.includes(role);

export type Screen = 'workbench' | 'intake' | 'complaints' | 'returns' | 'followUps' | 'customers' | 'supervisor' | 'dashboard' | 'admin';

/** The menu each role sees; the server still decides every request (403 otherwise). */
export function screensFor(role: Role): Screen[] {
  if (role === 'warehouse' || role === 'finance') return ['returns'];
  const screens: Screen[] = ['workbench', 'intake', 'complaints', 'returns', 'followUps', 'customers'];
  if (isSupervisorOrUp(role)) screens.push('supervisor', 'dashboard');
  if (role === 'admin') screens.push('admin');
  return screens;
}

export const homeFor = (role: Role): Screen => screensFor(role)[0] ?? 'workbench';
