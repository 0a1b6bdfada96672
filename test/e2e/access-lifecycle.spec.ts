import { JwtService } from '@nestjs/jwt';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { ACCESS_CACHE_MS } from '@libs/auth';
import { AuditEventEntity } from '@libs/database';
import { givenCustomer } from '../support/builders';
import { sharedJwtSecret, startApiReplica } from '../support/api-replica';
import { bearerFor, givenStaffWithPassword, signInRaw } from '../support/sign-in';
import { startTestStack, TestStack } from '../support/test-stack';

// Access follows the staff lifecycle: departure, a credential reset and "sign out everywhere" end
// every token, session cookie and API key of the person at once; nobody else's.
describe('access ends with the staff lifecycle (e2e)', () => {
  let stack: TestStack;
  let http: ReturnType<typeof request>;
  let admin: string;
  let customerNo: string;
  let n = 0;

  beforeAll(async () => {
    stack = await startTestStack({ api: true, config: { JWT_SECRET: sharedJwtSecret() } });
    http = request(stack.api!.getHttpServer());
    admin = (await bearerFor(stack.api!, stack.db, 'admin')).header;
    customerNo = (await givenCustomer(stack.db)).customerNo;
  });
  afterAll(() => stack?.stop());

  /** A supervisor who signed in (token and codec cookie) and holds an API key of their own. */
  async function signedInPerson() {
    n += 1;
    const { member, username, password } = await givenStaffWithPassword(stack.db, 'supervisor', `life.${n}`);
    const login = await signInRaw(stack.api!, username, password).expect(200);
    const key = await http.post('/api-keys').set('Authorization', admin).send({ name: `tool of ${member.code}`, role: 'supervisor', actor: member.code }).expect(201);
    return {
      code: member.code,
      username,
      password,
      token: `Bearer ${login.body.accessToken}`,
      cookie: String(login.headers['set-cookie']?.[0]).split(';')[0],
      key: `Bearer ${key.body.key}`,
    };
  }
  type Person = Awaited<ReturnType<typeof signedInPerson>>;

  const complaint = () => ({ customerNo, channel: 'phone', category: 'quality', severity: 'normal', description: 'Noise' });
  const registers = (header: string) => http.post('/complaints').set('Authorization', header).send(complaint());
  const decodes = (cookie: string) => http.post('/codec/decode').set('Cookie', cookie).send({ payloads: [] });

  const ENDINGS: Array<[string, (p: Person) => Promise<unknown>, 'sign-in again' | 'no sign-in']> = [
    ['departure', (p) => http.put(`/staff/${p.code}/status`).set('Authorization', admin).send({ status: 'departed' }).expect(200), 'no sign-in'],
    ['a credential reset', (p) => http.put(`/staff/${p.code}/credentials`).set('Authorization', admin).send({ username: p.username, password: `${p.password}-new` }).expect(204), 'sign-in again'],
    ["an admin's sign-out everywhere", (p) => http.post(`/staff/${p.code}/sign-out-everywhere`).set('Authorization', admin).expect(200), 'sign-in again'],
    ['their own sign-out everywhere', (p) => http.post('/auth/sign-out-everywhere').set('Authorization', p.token).expect(200), 'sign-in again'],
  ];

  it.each(ENDINGS)("after %s, the person's token, cookie and API key are refused at once; a colleague's are not", async (_ending, end, after) => {
    const person = await signedInPerson();
    const colleague = await signedInPerson();
    await registers(person.token).expect(201);
    await http.get('/auth/me').set('Authorization', person.key).expect(200);
    await decodes(person.cookie).expect(200);

    await end(person);

    for (const res of [await registers(person.token), await http.get('/auth/me').set('Authorization', person.key), await decodes(person.cookie)]) {
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('UNAUTHENTICATED');
    }
    await registers(colleague.token).expect(201);
    await http.get('/auth/me').set('Authorization', colleague.key).expect(200);
    await decodes(colleague.cookie).expect(200);

    const password = _ending === 'a credential reset' ? `${person.password}-new` : person.password;
    const again = await signInRaw(stack.api!, person.username, password);
    if (after === 'no sign-in') {
      expect(again.status).toBe(401);
    } else {
      expect(again.status).toBe(200);
      await http.get('/auth/me').set('Authorization', `Bearer ${again.body.accessToken}`).expect(200);
    }
  });

  it("records the ended sessions and revoked keys in the audit log", async () => {
    const person = await signedInPerson();
    await http.post(`/staff/${person.code}/sign-out-everywhere`).set('Authorization', admin).expect(200, { code: person.code, keysRevoked: 1 });
    const audit = await stack.db.getRepository(AuditEventEntity).findOneByOrFail({ resource: `staff:${person.code}`, action: 'staff.sign-out-everywhere' });
    expect(audit.details).toEqual({ keysRevoked: 1 });
  });

  it("ends a departed admin's token before it can make an API key", async () => {
    const other = await bearerFor(stack.api!, stack.db, 'admin');
    await http.put(`/staff/${other.member.code}/status`).set('Authorization', admin).send({ status: 'departed' }).expect(200);
    const res = await http.post('/api-keys').set('Authorization', other.header).send({ name: 'back door', role: 'admin', actor: other.member.code });
    expect(res.status).toBe(401);
    const keys = await http.get('/api-keys').set('Authorization', admin).expect(200);
    expect(keys.body.map((k: { name: string }) => k.name)).not.toContain('back door');
  });

  it('makes staff keys act for one current person with that person\'s role', async () => {
    const agent = await bearerFor(stack.api!, stack.db, 'agent');
    const tooStrong = await http.post('/api-keys').set('Authorization', admin).send({ name: 'escalation', role: 'admin', actor: agent.member.code }).expect(400);
    expect(tooStrong.body).toMatchObject({ field: 'role' });
    const nobody = await http.post('/api-keys').set('Authorization', admin).send({ name: 'ghost', role: 'agent', actor: 'AG-99999' }).expect(400);
    expect(nobody.body).toMatchObject({ field: 'actor' });
  });

  describe('tokens the API would never issue', () => {
    const forge = (claims: Record<string, unknown>, options: { expiresIn?: number } = {}) =>
      `Bearer ${new JwtService({ secret: stack.config.JWT_SECRET }).sign(claims, { algorithm: 'HS256', issuer: 'after-sales-api', ...options })}`;

    it.each([
      ['without an expiry', async () => forge({ sub: (await bearerFor(stack.api!, stack.db, 'admin')).member.code, role: 'admin', ver: 0 })],
      ['whose subject does not exist', async () => forge({ sub: 'AG-99999', role: 'admin', ver: 0 }, { expiresIn: 600 })],
      ['without a token version', async () => forge({ sub: (await bearerFor(stack.api!, stack.db, 'admin')).member.code, role: 'admin' }, { expiresIn: 600 })],
      ['of an older token version', async () => forge({ sub: (await bearerFor(stack.api!, stack.db, 'admin', { tokenVersion: 3 })).member.code, role: 'admin', ver: 2 }, { expiresIn: 600 })],
    ])('refuses a token %s', async (_case, token) => {
      const res = await http.get('/auth/me').set('Authorization', await token()).expect(401);
      expect(res.body.code).toBe('UNAUTHENTICATED');
    });

    it('acts with the role the person holds now, not the one a token claims', async () => {
      const agent = await bearerFor(stack.api!, stack.db, 'agent');
      const token = forge({ sub: agent.member.code, role: 'admin', ver: 0 }, { expiresIn: 600 });
      expect((await http.get('/auth/me').set('Authorization', token).expect(200)).body).toMatchObject({ role: 'agent' });
      await http.get('/api-keys').set('Authorization', token).expect(403);
    });
  });

  describe('with two API replicas', () => {
    let replica: INestApplication;
    beforeAll(async () => {
      replica = await startApiReplica(stack);
    });
    afterAll(() => replica?.close());

    it(`ends the access on the other replica within its ${ACCESS_CACHE_MS} ms cache`, async () => {
      const person = await signedInPerson();
      const other = request(replica.getHttpServer());
      await other.get('/auth/me').set('Authorization', person.token).expect(200);
      await other.get('/auth/me').set('Authorization', person.key).expect(200);

      await http.put(`/staff/${person.code}/status`).set('Authorization', admin).send({ status: 'departed' }).expect(200);
      const ended = Date.now();
      let token = 200;
      let key = 200;
      while ((token !== 401 || key !== 401) && Date.now() - ended < ACCESS_CACHE_MS + 3_000) {
        token = (await other.get('/auth/me').set('Authorization', person.token)).status;
        key = (await other.get('/auth/me').set('Authorization', person.key)).status;
      }
      expect([token, key]).toEqual([401, 401]);
      // Within the cache time plus a little for requests on a loaded machine.
      expect(Date.now() - ended).toBeLessThan(ACCESS_CACHE_MS + 3_000);
    });
  });
});
