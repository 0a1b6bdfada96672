// `npm run read-model:rebuild [-- --dry-run] [-- --include-closed]`: re-reads the case workflows
// from Temporal and repairs `case_records` (missing, stale or drifted rows).
import { Client, Connection } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { loadConfigOrExit } from '@libs/config';
import { createDataConverter } from '@libs/temporal/codec/data-converter';
import { dataSourceOptions } from '@libs/database';
import { rebuildReadModel } from '../rebuild-read-model';

async function main(): Promise<number> {
  const config = loadConfigOrExit();
  const args = new Set(process.argv.slice(2));
  const unknown = [...args].filter((a) => a !== '--dry-run' && a !== '--include-closed');
  if (unknown.length > 0) {
    console.error(`Unknown option ${unknown[0]}; use --dry-run and/or --include-closed`);
    return 64;
  }
  const db = await new DataSource({ ...dataSourceOptions(config), logging: ['error'] }).initialize();
  const connection = await Connection.connect({ address: config.TEMPORAL_ADDRESS });
  try {
    const dataConverter = createDataConverter(config);
    const client = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE, dataConverter });
    const report = await rebuildReadModel(client, dataConverter, db, {
      dryRun: args.has('--dry-run'),
      includeClosed: args.has('--include-closed'),
      log: (line) => console.log(line),
    });
    console.log(
      `Read model: ${report.listed} workflows, ${report.repaired.length} ${args.has('--dry-run') ? 'to repair' : 'repaired'}, ${report.unchanged} unchanged, ${report.failed.length} failed`,
    );
    return report.failed.length > 0 ? 1 : 0;
  } finally {
    await connection.close();
    await db.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`Read-model rebuild failed: ${error.message}`);
    process.exit(1);
  },
);
