import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig, AppConfigToken } from '@libs/config';

const WINDOW_SECONDS = 60;

export interface ThrottleVerdict {
  allowed: boolean;
  /** Seconds until the window of this bucket ends. */
  retryAfterSeconds: number;
}

/**
 * Sign-in attempts per client address and username, LOGIN_RATE_LIMIT_PER_MINUTE in each fixed
 * minute. Counted in PostgreSQL, so every API replica draws on the same budget; the bucket is a hash,
 * so neither the address nor the name is stored.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(AppConfigToken) private readonly config: AppConfig,
  ) {}

  /** Counts one attempt and says whether it is within the budget. */
  async attempt(clientAddress: string, username: string): Promise<ThrottleVerdict> {
    const bucket = createHash('sha256').update(`${clientAddress}\n${username.slice(0, 64)}`).digest('hex');
    const [row]: Array<{ attempts: number; retry_after: number }> = await this.dataSource.query(
      `INSERT INTO login_attempts AS a (bucket, window_started_at, attempts) VALUES ($1, now(), 1)
       ON CONFLICT (bucket) DO UPDATE SET
         attempts = CASE WHEN a.window_started_at <= now() - make_interval(secs => $2) THEN 1 ELSE a.attempts + 1 END,
         window_started_at = CASE WHEN a.window_started_at <= now() - make_interval(secs => $2) THEN now() ELSE a.window_started_at END
       RETURNING attempts, ceil(extract(epoch FROM (window_started_at + make_interval(secs => $2) - now())))::int AS retry_after`,
      [bucket, WINDOW_SECONDS],
    );
    // Old buckets are only clutter; one attempt in a hundred sweeps them.
    if (Math.random() < 0.01) void this.sweep().catch(() => undefined);
    return { allowed: row.attempts <= this.config.LOGIN_RATE_LIMIT_PER_MINUTE, retryAfterSeconds: Math.max(1, row.retry_after) };
  }

  private async sweep(): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_attempts WHERE window_started_at < now() - make_interval(secs => $1)`, [WINDOW_SECONDS * 10]);
  }
}
