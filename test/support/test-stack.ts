import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Client, Connection } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { AppConfig, loadConfig } from '@libs/config';
import { dataSourceOptions } from '@libs/database';
import { createDataConverter } from '@libs/temporal/codec/data-converter';
import { createApiApp } from '../../apps/api/src/create-api-app';
import { createSimulatorApp } from '../../apps/department-sim/src/create-simulator-app';
import { installSdkLogging } from '../../apps/worker/src/sdk-logging';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { createSuiteDatabase, freePort, suiteConfig } from './infrastructure';
import { checkAnswersOf } from './response-contract';

export interface TestStack {
  config: AppConfig;
  /** Direct access for arranging data and checking the read model. */
  db: DataSource;
  temporal: Client;
  /** The API listening on an ephemeral port, when asked for. */
  api?: INestApplication;
  /** The department simulator on an ephemeral port, when asked for; the worker's departments point at it. */
  departments?: INestApplication;
  /** Stops the worker application (in-flight work is drained), as a deploy or crash would. */
  stopWorker(): Promise<void>;
  startWorker(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The real worker application (Nest context, real activities) on a suite-own namespace, task queue and
 * database; optionally the real API application in front of it.
 */
export async function startTestStack(
  options: { api?: boolean; departments?: boolean; worker?: boolean; config?: Partial<Record<keyof AppConfig, string>> } = {},
): Promise<TestStack> {
  let departments: INestApplication | undefined;
  if (options.departments) {
    departments = await createSimulatorApp(loadConfig(process.env));
    await departments.listen(0, '127.0.0.1');
  }
  // The API's port is chosen first, so that the worker's callback address is known up front.
  const apiPort = await freePort();
  const database = await createSuiteDatabase();
  const config = suiteConfig(database.url, {
    API_PUBLIC_URL: `http://127.0.0.1:${apiPort}`,
    ...(departments ? { DEPARTMENT_BASE_URL: await departments.getUrl() } : {}),
    ...options.config,
  });
  const db = await new DataSource({ ...dataSourceOptions(config), logging: ['error'] }).initialize();
  const connection = await Connection.connect({ address: config.TEMPORAL_ADDRESS });
  const temporal = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE, dataConverter: createDataConverter(config) });

  installSdkLogging(config);
  let worker: INestApplicationContext | undefined;
  const startWorker = async () => {
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: ['error', 'warn'] });
    await worker.init();
  };
  const stopWorker = async () => {
    await worker?.close();
    worker = undefined;
  };
  // Without it, the suite runs worker processes of its own (see worker-process.ts).
  if (options.worker !== false) await startWorker();

  let api: INestApplication | undefined;
  if (options.api) {
    api = await createApiApp(config);
    checkAnswersOf(api.getHttpServer());
    await api.listen(apiPort, '127.0.0.1');
  }

  return {
    config,
    db,
    temporal,
    api,
    departments,
    startWorker,
    stopWorker,
    async stop() {
      await api?.close();
      await departments?.close();
      await stopWorker();
      await connection.close();
      await db.destroy();
      await database.drop();
    },
  };
}
