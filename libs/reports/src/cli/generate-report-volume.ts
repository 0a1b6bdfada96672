// `npm run reports:generate [-- --cases=1000000 --customers=100000 --file-events=100000 --follow-ups=300000 --years=3]`:
// loads a benchmark volume into DATABASE_URL (an empty, migrated database; it refuses to load twice).
import { DataSource } from 'typeorm';
import { loadConfigOrExit } from '@libs/config';
import { dataSourceOptions } from '@libs/database';
import { DEFAULT_VOLUME, generateVolume, VolumeOptions } from '../volume/generate-volume';

const FLAGS: Record<string, keyof VolumeOptions> = { cases: 'cases', customers: 'customers', 'file-events': 'fileEvents', 'follow-ups': 'followUpAttempts', years: 'years', batch: 'batch' };

function parse(args: string[]): VolumeOptions {
  const options = { ...DEFAULT_VOLUME };
  for (const arg of args) {
    const m = /^--([a-z-]+)=(\d+)$/.exec(arg);
    if (!m || !FLAGS[m[1]]) throw new Error(`Unknown option ${arg}; use ${Object.keys(FLAGS).map((f) => `--${f}=N`).join(' ')}`);
    options[FLAGS[m[1]]] = Number(m[2]);
  }
  if (options.customers < 1 || options.batch < 1 || options.years < 1) throw new Error('customers, batch and years must be at least 1');
  return options;
}

async function main(): Promise<void> {
  const options = parse(process.argv.slice(2));
  const config = loadConfigOrExit();
  const db = await new DataSource({ ...dataSourceOptions(config), logging: ['error'] }).initialize();
  const started = Date.now();
  try {
    await generateVolume(db, options, (line) => console.log(line));
    console.log(`Volume loaded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await db.destroy();
  }
}

main().catch((error: Error) => {
  console.error(`Volume generation failed: ${error.message}`);
  process.exit(1);
});
