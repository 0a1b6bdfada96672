import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { DataSource } from 'typeorm';
import { AppConfig, AppConfigToken } from '@libs/config';
import { createDataConverter } from '@libs/temporal/codec/data-converter';
import { workflowBundleOptions } from '@libs/temporal/workflow-bundle';
import { workerTuning } from '@libs/temporal/worker-tuning';
import { LeanWorkflowThreads, withLeanWorkflowThreads } from '@libs/temporal/workflow-threads/lean-workflow-threads';
import { createActivities } from '@activities';
import { ensureFollowUpSchedules, followUpSchedulesPaused } from '@libs/follow-ups/schedules/follow-up-schedules';
import { calendarScheduleGaps } from '@libs/calendars/schedule-gaps';
import { activityMetricsInterceptor, createPlatformMetrics, sdkMetricsAddress, startWorkerMetricsServer } from '@libs/observability';
import { flushTracing, startTracing, temporalTracingPlugins } from '@libs/observability/tracing';
import type { Server } from 'node:http';

/** Runs the Temporal worker for the Nest application's lifetime; activities get Nest-provided dependencies. */
@Injectable()
export class TemporalWorkerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(TemporalWorkerService.name);
  private worker?: Worker;
  private threads?: LeanWorkflowThreads;
  private connection?: NativeConnection;
  private clientConnection?: Connection;
  private running?: Promise<void>;
  private metricsServer?: Server;
  private readonly metrics = createPlatformMetrics('worker');

  constructor(
    @Inject(AppConfigToken) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const started = Date.now();
    // The same converter as the API's client: payloads are encrypted before they leave the worker.
    // Built first, so that missing keys stop the start before any connection is made.
    const dataConverter = createDataConverter(this.config);
    this.connection = await NativeConnection.connect({ address: this.config.TEMPORAL_ADDRESS });
    // Activities that act on other workflows use an ordinary client with the same converter.
    this.clientConnection = await Connection.connect({ address: this.config.TEMPORAL_ADDRESS });
    const tracing = startTracing(this.config, 'after-sales-worker');
    const plugins = temporalTracingPlugins(tracing);
    const temporal = new Client({ connection: this.clientConnection, namespace: this.config.TEMPORAL_NAMESPACE, dataConverter, plugins });
    // The tracing interceptors live inside the workflow bundle: a prebuilt bundle has none, so a traced
    // worker bundles at start-up (a few seconds) rather than run workflows without spans.
    const bundlePath = tracing ? undefined : this.config.WORKFLOW_BUNDLE_PATH;
    if (tracing && this.config.WORKFLOW_BUNDLE_PATH) this.logger.log('Tracing is on: bundling the workflows with the tracing interceptors instead of WORKFLOW_BUNDLE_PATH');
    const bundling = workflowBundleOptions();
    const [worker, threads] = await withLeanWorkflowThreads(
      {
        enabled: this.config.WORKER_LEAN_WORKFLOW_THREADS === 'on',
        stackTraces: this.config.WORKER_WORKFLOW_STACK_TRACES === 'on',
        stallSeconds: this.config.WORKER_WORKFLOW_STALL_SECONDS,
        onStall: ({ stalledMs, requestsWaiting }) => {
          this.logger.error(
            `A workflow thread has answered nothing for ${Math.round(stalledMs / 1000)} s with ${requestsWaiting} workflow tasks waiting: workflow code that never yields. Exiting so that the worker restarts; the stuck task's workflow is in the Temporal UI with a timed-out workflow task.`,
          );
          process.exit(70);
        },
      },
      () =>
        Worker.create({
          connection: this.connection,
          namespace: this.config.TEMPORAL_NAMESPACE,
          taskQueue: this.config.TEMPORAL_TASK_QUEUE,
          dataConverter,
          // Bundling here, the worker shares the workflow modules across cached workflows as a prebuilt bundle does.
          ...(bundlePath ? { workflowBundle: { codePath: bundlePath } } : { ...bundling, bundlerOptions: { preloadModules: bundling.preloadModules } }),
          activities: createActivities({ dataSource: this.dataSource, temporal, config: this.config }),
          maxCachedWorkflows: this.config.WORKER_MAX_CACHED_WORKFLOWS,
          ...workerTuning({
            maxWorkflowTasks: this.config.WORKER_MAX_WORKFLOW_TASKS,
            maxWorkflowTaskPolls: this.config.WORKER_MAX_WORKFLOW_TASK_POLLS,
            workflowThreads: this.config.WORKER_WORKFLOW_THREADS,
            stickyQueueTimeoutSeconds: this.config.WORKER_STICKY_QUEUE_TIMEOUT_SECONDS,
          }),
          // Counts each activity's outcome as the failure contract decided it (activities/failures).
          interceptors: { activity: [activityMetricsInterceptor(this.metrics)] },
          plugins,
        }),
    );
    this.worker = worker;
    this.threads = threads;
    if (!threads.lean && this.config.WORKER_LEAN_WORKFLOW_THREADS === 'on') this.logger.warn('Workflow threads run with the SDK defaults: the compiled thread preload was not found');
    await this.startMetricsEndpoint();
    this.running = this.worker.run();
    this.running.catch((error: Error) => {
      this.logger.error(`Worker stopped with an error: ${error.message}`);
      process.exitCode = 1;
    });
    this.logger.log(
      `Polling task queue ${this.config.TEMPORAL_TASK_QUEUE} on ${this.config.TEMPORAL_ADDRESS}/${this.config.TEMPORAL_NAMESPACE} (ready in ${Date.now() - started} ms)`,
    );
    await this.warnOfMissingSchedules();
    await this.ensureSchedules(temporal);
  }

  /** C-3, C-5, C-6: a calendar without this or next year's holiday schedule is said loudly at every start. */
  private async warnOfMissingSchedules(): Promise<void> {
    try {
      for (const gap of await calendarScheduleGaps(this.dataSource, new Date())) this.logger.warn(gap.warning);
    } catch (error) {
      this.logger.error(`Business calendars could not be checked for missing holiday schedules: ${(error as Error).message}`);
    }
  }

  private async startMetricsEndpoint(): Promise<void> {
    const port = this.config.WORKER_METRICS_PORT;
    if (!port) return;
    this.metricsServer = await startWorkerMetricsServer({
      host: this.config.API_HOST,
      port,
      registry: this.metrics.registry,
      sdkMetricsUrl: `http://${sdkMetricsAddress(port)}/metrics`,
    });
    this.logger.log(`Metrics on http://${this.config.API_HOST}:${port}/metrics`);
  }

  /** F-3, F-4, F-6, F-7: the follow-up Schedules exist once the worker runs; a failure is logged, not fatal. */
  private async ensureSchedules(temporal: Client): Promise<void> {
    try {
      const setup = await ensureFollowUpSchedules(temporal, { taskQueue: this.config.TEMPORAL_TASK_QUEUE, paused: followUpSchedulesPaused(this.config) });
      if (setup.created.length) this.logger.log(`Created follow-up schedules: ${setup.created.join(', ')}`);
    } catch (error) {
      this.logger.error(`Follow-up schedules could not be created: ${(error as Error).message}`);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.threads?.stop();
    if (this.worker && this.worker.getState() === 'RUNNING') this.worker.shutdown();
    await this.running?.catch(() => undefined);
    await this.clientConnection?.close();
    await flushTracing();
    await new Promise((resolve) => (this.metricsServer ? this.metricsServer.close(resolve) : resolve(undefined)));
    await this.connection?.close();
  }
}
