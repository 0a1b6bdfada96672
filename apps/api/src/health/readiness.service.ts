import { Inject, Injectable } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { DataSource } from 'typeorm';
import { calendarScheduleGaps } from '@libs/calendars/schedule-gaps';
import { AppConfig, AppConfigToken } from '@libs/config';
import type { ScheduleGap } from '@libs/domain/calendar/calendar-coverage';

export interface DependencyCheck {
  up: boolean;
  detail: string;
}

export interface Readiness {
  ready: boolean;
  database: DependencyCheck;
  temporal: DependencyCheck;
  worker: DependencyCheck;
  /** Informational, never makes readiness fail: calendars missing this or next year's holiday schedule. */
  calendars: CalendarCheck;
}

export interface CalendarCheck {
  detail: string;
  missingSchedules: Array<Pick<ScheduleGap, 'code' | 'version' | 'missingYears' | 'warning'>>;
}

const CHECK_TIMEOUT_MS = 3000;
// A poller seen within this window counts as a live worker (pollers long-poll for ~60 s).
const POLLER_FRESHNESS_MS = 90_000;

@Injectable()
export class ReadinessService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly temporal: Client,
    @Inject(AppConfigToken) private readonly config: AppConfig,
  ) {}

  async check(): Promise<Readiness> {
    const [database, temporalServer, worker, calendars] = await Promise.all([this.database(), this.temporalServer(), this.workerPolling(), this.calendars()]);
    return { ready: database.up && temporalServer.up && worker.up, database, temporal: temporalServer, worker, calendars };
  }

  // A missing schedule still lets cases run (with the fixed-date holidays), so it is a warning here.
  private async calendars(): Promise<CalendarCheck> {
    let missingSchedules: ScheduleGap[];
    try {
      missingSchedules = await withTimeout(() => calendarScheduleGaps(this.dataSource, new Date()));
    } catch (error) {
      return { detail: `calendars could not be checked: ${(error as Error).message}`, missingSchedules: [] };
    }
    const detail = missingSchedules.length
      ? `WARNING: holiday schedule missing for ${missingSchedules.map((g) => `${g.code} ${g.missingYears.join(', ')}`).join('; ')}`
      : 'every calendar has this and next year\'s holiday schedule';
    return { detail, missingSchedules };
  }

  private database(): Promise<DependencyCheck> {
    return probe(async () => {
      await this.dataSource.query('SELECT 1');
      return 'PostgreSQL answers';
    });
  }

  private temporalServer(): Promise<DependencyCheck> {
    return probe(async () => {
      const info = await this.temporal.workflowService.getSystemInfo({});
      return `Temporal server ${info.serverVersion || ''} at ${this.config.TEMPORAL_ADDRESS}`.replace('  ', ' ');
    });
  }

  private workerPolling(): Promise<DependencyCheck> {
    return probe(async () => {
      const { pollers } = await this.temporal.workflowService.describeTaskQueue({
        namespace: this.config.TEMPORAL_NAMESPACE,
        taskQueue: { name: this.config.TEMPORAL_TASK_QUEUE, kind: temporal.api.enums.v1.TaskQueueKind.TASK_QUEUE_KIND_NORMAL },
        taskQueueType: temporal.api.enums.v1.TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW,
      });
      const now = Date.now();
      const live = (pollers ?? []).filter((p) => {
        const seconds = Number(p.lastAccessTime?.seconds ?? 0);
        return now - seconds * 1000 < POLLER_FRESHNESS_MS;
      });
      if (live.length === 0) throw new Error(`no worker is polling task queue ${this.config.TEMPORAL_TASK_QUEUE}`);
      return `${live.length} worker(s) polling ${this.config.TEMPORAL_TASK_QUEUE}`;
    });
  }
}

async function probe(run: () => Promise<string>): Promise<DependencyCheck> {
  try {
    return { up: true, detail: await withTimeout(run) };
  } catch (error) {
    return { up: false, detail: (error as Error).message };
  }
}

async function withTimeout<T>(run: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  try {
    return await Promise.race([run(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
