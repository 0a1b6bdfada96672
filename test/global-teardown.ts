// Relative imports: jest's module mapper does not apply to global teardown.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Prints how many API answers the e2e suites checked against the OpenAPI document. */
export default async function globalTeardown(): Promise<void> {
  const dir = process.env.TEST_RUN_DIR && path.join(process.env.TEST_RUN_DIR, 'response-contract');
  if (!dir) return;
  let files: string[] = [];
  try {
    files = readdirSync(dir);
  } catch {
    return;
  }
  const counts = files.map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { checked: number });
  const total = counts.reduce((sum, c) => sum + c.checked, 0);
  process.stdout.write(`\nAPI answers checked against the OpenAPI document: ${total} (in ${counts.length} suites)\n`);
}
