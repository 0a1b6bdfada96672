import { chmodSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * DATA_DIR holds customer data (the Temporal history, PostgreSQL) and the development secrets: readable
 * by this user only. The umask covers every file the servers and tools started from here create; the
 * chmod repairs a directory made by an older version.
 */
export function keepPrivate(dataDir) {
  process.umask(0o077);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
  for (const entry of readdirSync(dataDir, { withFileTypes: true })) {
    if (entry.isFile()) chmodSync(path.join(dataDir, entry.name), 0o600);
  }
}
