import type { INestApplication } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { type ApiClient, createApiClient, type ErrorBody } from '@libs/api-client';
import { TokenService } from '@libs/auth';
import type { StaffMemberEntity } from '@libs/database';
import type { Role } from '@libs/domain/staff/access';
import { givenAgent } from './builders';

/**
 * The e2e suites call the API through the typed client generated from its document, so a drift
 * between the document and the server breaks a test (and the answers are checked against the
 * document in the server, see response-contract.ts).
 */
export async function clientOf(api: INestApplication, token?: string): Promise<ApiClient> {
  return createApiClient({ baseUrl: await api.getUrl(), token });
}

/** A client signed in as a new staff member of `role`, with a token from the API's own token service. */
export async function clientFor(api: INestApplication, db: DataSource, role: Exclude<Role, 'department'>, over: Partial<StaffMemberEntity> = {}) {
  const member = await givenAgent(db, { role, ...over });
  const { accessToken } = api.get(TokenService).issue(member);
  return { member, token: accessToken, client: await clientOf(api, accessToken) };
}

interface Answer<D, E> {
  data?: D;
  error?: E;
  response: Response;
}

/** The body of an answer with `status`; anything else fails with what came instead. */
export function expectData<D, E>(answer: Answer<D, E>, status = 200): D {
  if (answer.response.status !== status || answer.data === undefined) {
    throw new Error(`expected ${status} with a body, got ${answer.response.status}: ${JSON.stringify(answer.error ?? answer.data)}`);
  }
  return answer.data;
}

/** The error body of an answer with `status`. */
export function expectError<D>(answer: Answer<D, ErrorBody>, status: number): ErrorBody {
  if (answer.response.status !== status || answer.error === undefined) {
    throw new Error(`expected ${status} with an error body, got ${answer.response.status}: ${JSON.stringify(answer.data ?? answer.error)}`);
  }
  return answer.error;
}
