import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { hashPassword, TokenService } from '@libs/auth';
import { StaffMemberEntity } from '@libs/database';
import type { Role } from '@libs/domain/staff/access';
import { clientOf } from './api-client';
import { givenAgent } from './builders';

/** A bearer header for a new staff member of `role`, issued by the API's own token service. */
export async function bearerFor(api: INestApplication, db: DataSource, role: Exclude<Role, 'department'>, over: Partial<StaffMemberEntity> = {}) {
  const member = await givenAgent(db, { role, ...over });
  const { accessToken } = api.get(TokenService).issue(member);
  return { member, header: `Bearer ${accessToken}` };
}

/** A staff member who can sign in through POST /auth/login with the returned password. */
export async function givenStaffWithPassword(db: DataSource, role: Exclude<Role, 'department'>, username: string, over: Partial<StaffMemberEntity> = {}) {
  const password = `pw-${username}-${Math.random().toString(36).slice(2)}`;
  const member = await givenAgent(db, { role, username, passwordHash: await hashPassword(password), ...over });
  return { member, username, password };
}

/** POST /auth/login through the typed client. */
export async function signIn(api: INestApplication, username: string, password: string) {
  return (await clientOf(api)).POST('/auth/login', { body: { username, password } });
}

/** POST /auth/login with supertest, for tests about the HTTP answer itself (status, headers, timing). */
export function signInRaw(api: INestApplication, username: string, password: string) {
  return request(api.getHttpServer()).post('/auth/login').send({ username, password });
}
