// Loads the demo data set once (run by `npm start`, never by tests or production deploys).
import { DataSource } from 'typeorm';
import { loadConfigOrExit } from '@libs/config';
import { dataSourceOptions } from '../data-source-options';
import { loadDemoDataOnce } from '../demo/load-demo-data';

async function main(): Promise<void> {
  const dataSource = new DataSource({ ...dataSourceOptions(loadConfigOrExit()), logging: ['error'] });
  await dataSource.initialize();
  try {
    const result = await loadDemoDataOnce(dataSource);
    console.log(result === 'loaded' ? 'Demo data loaded (agents, customers)' : 'Demo data already present');
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: Error) => {
  console.error(`Loading demo data failed: ${error.message}`);
  process.exit(1);
});
