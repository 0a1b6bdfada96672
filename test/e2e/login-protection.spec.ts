import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { hashPassword } from '@libs/auth';
import { givenAgent } from '../support/builders';
import { startApiReplica } from '../support/api-replica';
import { signInRaw } from '../support/sign-in';
import { startTestStack, TestStack } from '../support/test-stack';

// Sign-in cannot tell names apart by time, and its limit is kept per real client address (only a
// trusted proxy may name one) in PostgreSQL, where every API replica counts against the same budget.
describe('sign-in protection (e2e)', () => {
  let stack: TestStack;
  let proxied: INestApplication;
  const LIMIT = 10;

  beforeAll(async () => {
    stack = await startTestStack({ api: true, worker: false, config: { LOGIN_RATE_LIMIT_PER_MINUTE: String(LIMIT) } });
    // A second replica behind a proxy on this machine: it believes X-Forwarded-For from loopback.
    proxied = await startApiReplica(stack, { TRUSTED_PROXIES: 'loopback' });
  });
  afterAll(async () => {
    await proxied?.close();
    await stack?.stop();
  });

  const login = (app: INestApplication, username: string, forwardedFor?: string) => {
    const req = request(app.getHttpServer()).post('/auth/login');
    return (forwardedFor ? req.set('X-Forwarded-For', forwardedFor) : req).send({ username, password: 'not-the-password' });
  };
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

  it('answers an unknown user in the same time as a wrong password (medians of interleaved tries)', async () => {
    const TRIES = 40;
    // One account per try, so that the limit never cuts a series short; one hash shared, to arrange quickly.
    const passwordHash = await hashPassword('the-right-password');
    const names = Array.from({ length: TRIES }, (_, i) => `timing.${i}`);
    for (const username of names) await givenAgent(stack.db, { username, passwordHash, capacity: 0 });

    const timed = async (username: string) => {
      const started = process.hrtime.bigint();
      const res = await signInRaw(stack.api!, username, 'a-wrong-password');
      expect(res.status).toBe(401);
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    const unknown: number[] = [];
    const wrong: number[] = [];
    await timed('timing.warm-up');
    for (let i = 0; i < TRIES; i += 1) {
      // Alternate which goes first, so that a slow moment of the machine falls on both alike.
      if (i % 2 === 0) {
        unknown.push(await timed(`nobody.${i}`));
        wrong.push(await timed(names[i]));
      } else {
        wrong.push(await timed(names[i]));
        unknown.push(await timed(`nobody.${i}`));
      }
    }
    const ratio = median(unknown) / median(wrong);
    console.log(`sign-in timing over ${TRIES} interleaved tries: unknown user median ${median(unknown).toFixed(1)} ms, wrong password ${median(wrong).toFixed(1)} ms, ratio ${ratio.toFixed(2)}`);
    // Without the dummy hash an unknown user answers about ten times faster than a wrong password.
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });

  it('ignores X-Forwarded-For without a trusted proxy: a new forwarded address does not reset the budget', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 3; i += 1) statuses.push((await login(stack.api!, 'xff.probe', `198.51.100.${i}`)).status);
    expect(statuses).toEqual([...Array(LIMIT).fill(401), 429, 429, 429]);
    const limited = await login(stack.api!, 'xff.probe');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.body).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
  });

  it('keys the budget on the forwarded client address behind a trusted proxy', async () => {
    for (let i = 0; i < LIMIT; i += 1) await login(proxied, 'proxied.user', '203.0.113.7').expect(401);
    await login(proxied, 'proxied.user', '203.0.113.7').expect(429);
    // Another client behind the same proxy has a budget of its own.
    await login(proxied, 'proxied.user', '203.0.113.8').expect(401);
  });

  it('shares the budget between API replicas (counted in PostgreSQL)', async () => {
    for (let i = 0; i < LIMIT; i += 1) await login(stack.api!, 'shared.user').expect(401);
    // The same client (no forwarded address) at the other replica: the budget is spent.
    await login(proxied, 'shared.user').expect(429);
    const rows: Array<{ bucket: string }> = await stack.db.query(`SELECT bucket FROM login_attempts`);
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toMatch(/shared\.user|127\.0\.0\.1/);
  });
});
