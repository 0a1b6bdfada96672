import { departmentSecretsOf, parseDepartmentSecrets } from './secrets';

const LONG = 'x'.repeat(32);

describe('DEPARTMENT_SECRETS', () => {
  it('reads department:secret pairs; a secret may contain colons', () => {
    const parsed = parseDepartmentSecrets(`quality:${LONG}, finance:a:${LONG}`);
    expect('secrets' in parsed && Object.fromEntries(parsed.secrets)).toEqual({ quality: LONG, finance: `a:${LONG}` });
  });

  it.each([
    ['', 'lists no department'],
    [`warehouse:${LONG}`, 'department of courier, finance, quality, sales'],
    ['quality:short', 'shorter than 32 characters'],
    [`quality:${LONG},quality:${LONG}`, 'lists quality twice'],
  ])('refuses %j', (value, problem) => {
    const parsed = parseDepartmentSecrets(value);
    expect('problem' in parsed && parsed.problem).toContain(problem);
    // The message names the problem, never the secret.
    expect('problem' in parsed && parsed.problem).not.toContain(LONG);
  });

  it('is undefined when unset', () => {
    expect(departmentSecretsOf(undefined)).toBeUndefined();
  });
});
