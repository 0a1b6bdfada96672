import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import type { AppConfig } from '@libs/config';
import { createApiApp } from '../../apps/api/src/create-api-app';
import type { TestStack } from './test-stack';

/** A JWT secret shared by a suite's API replicas, so that a token from one is valid on the other. */
export const sharedJwtSecret = () => randomBytes(48).toString('base64');

/** One more API process on the suite's database and Temporal namespace, as a second replica behind a load balancer. */
export async function startApiReplica(stack: TestStack, change: Partial<AppConfig> = {}): Promise<INestApplication> {
  const app = await createApiApp({ ...stack.config, ...change });
  await app.listen(0, '127.0.0.1');
  return app;
}
