import request from 'supertest';
import type { StaffRole } from '@libs/domain/staff/staff';
import { StaffMemberEntity } from '@libs/database';
import { bearerFor } from '../support/sign-in';
import { startTestStack, TestStack } from '../support/test-stack';

// Staff management follows the hierarchy: nobody changes the status or profile of someone above
// them, only admins manage admins, and nobody departs the last admin.
describe('staff-management hierarchy (e2e)', () => {
  let stack: TestStack;
  let http: ReturnType<typeof request>;
  let admin: { header: string; code: string };

  beforeAll(async () => {
    stack = await startTestStack({ api: true });
    http = request(stack.api!.getHttpServer());
    const a = await bearerFor(stack.api!, stack.db, 'admin');
    admin = { header: a.header, code: a.member.code };
  });
  afterAll(() => stack?.stop());

  const statusOf = async (code: string) => (await stack.db.getRepository(StaffMemberEntity).findOneByOrFail({ code })).status;
  const depart = (who: string, code: string) => http.put(`/staff/${code}/status`).set('Authorization', who).send({ status: 'departed' });

  // Runs first, while this suite's database holds a single admin.
  describe('the last admin', () => {
    it('cannot be departed, by themselves or anyone, while no other admin has access', async () => {
      const refused = await depart(admin.header, admin.code).expect(409);
      expect(refused.body).toMatchObject({ code: 'CONFLICT', field: 'status' });
      expect(refused.body.message).toContain('last admin');
      expect(await statusOf(admin.code)).toBe('active');

      const second = await bearerFor(stack.api!, stack.db, 'admin');
      await depart(admin.header, second.member.code).expect(200);
      await depart(admin.header, admin.code).expect(409);
      await http.get('/api-keys').set('Authorization', admin.header).expect(200);
    });

    it('survives two admins departing each other at the same moment', async () => {
      const b = await bearerFor(stack.api!, stack.db, 'admin');
      const [ab, ba] = await Promise.all([depart(admin.header, b.member.code), depart(b.header, admin.code)]);
      // One wins; the other sees the last admin (409) or has already lost access (401).
      expect([ab.status, ba.status].filter((s) => s === 200)).toHaveLength(1);
      const left = await stack.db.query(`SELECT count(*)::int AS n FROM staff_members WHERE role = 'admin' AND status <> 'departed'`);
      expect(left[0].n).toBe(1);
      if (ba.status === 200) admin = { header: b.header, code: b.member.code };
    });
  });

  // [acting role, target role, allowed]: the same answer for a profile change and a status change.
  const TABLE: Array<[StaffRole, StaffRole, 200 | 403]> = [
    ['supervisor', 'agent', 200],
    ['supervisor', 'warehouse', 200],
    ['supervisor', 'finance', 200],
    ['supervisor', 'supervisor', 200],
    ['supervisor', 'manager', 403],
    ['supervisor', 'gm_office', 403],
    ['supervisor', 'admin', 403],
    ['manager', 'supervisor', 200],
    ['manager', 'manager', 200],
    ['manager', 'gm_office', 403],
    ['manager', 'admin', 403],
    ['gm_office', 'manager', 200],
    ['gm_office', 'gm_office', 200],
    ['gm_office', 'admin', 403],
    ['admin', 'gm_office', 200],
    ['admin', 'admin', 200],
  ];

  it.each(TABLE)('a %s changing a %s: %s', async (actorRole, targetRole, expected) => {
    const actor = actorRole === 'admin' ? admin.header : (await bearerFor(stack.api!, stack.db, actorRole)).header;
    const target = (await bearerFor(stack.api!, stack.db, targetRole, { capacity: 3 })).member;

    const profile = await http.patch(`/staff/${target.code}`).set('Authorization', actor).send({ capacity: 9 });
    expect(profile.status).toBe(expected);
    const status = await http.put(`/staff/${target.code}/status`).set('Authorization', actor).send({ status: 'absent' });
    expect(status.status).toBe(expected);

    const after = await stack.db.getRepository(StaffMemberEntity).findOneByOrFail({ code: target.code });
    if (expected === 403) {
      expect(profile.body).toMatchObject({ code: 'FORBIDDEN', field: 'code' });
      expect(after).toMatchObject({ capacity: 3, status: 'active' });
    } else {
      expect(after).toMatchObject({ capacity: 9, status: 'absent' });
    }
  });

  it("keeps a supervisor from locking an admin out: the admin's token still works", async () => {
    const supervisor = await bearerFor(stack.api!, stack.db, 'supervisor');
    const other = await bearerFor(stack.api!, stack.db, 'admin');
    const res = await depart(supervisor.header, other.member.code).expect(403);
    expect(res.body.message).toContain('only admins manage admins');
    await http.get('/api-keys').set('Authorization', other.header).expect(200);
  });

  it('refuses agents, warehouse and finance staff any staff change (403 by role)', async () => {
    const target = (await bearerFor(stack.api!, stack.db, 'agent')).member;
    for (const role of ['agent', 'warehouse', 'finance'] as const) {
      const who = (await bearerFor(stack.api!, stack.db, role)).header;
      await http.patch(`/staff/${target.code}`).set('Authorization', who).send({ capacity: 1 }).expect(403);
      await depart(who, target.code).expect(403);
    }
  });
});
