// `npm run migrate`: applies pending TypeORM migrations to DATABASE_URL.
import { loadConfigOrExit } from '@libs/config';
import { runMigrations } from '../run-migrations';

const config = loadConfigOrExit();
runMigrations(config)
  .then((applied) => {
    console.log(applied.length ? `Migrations applied: ${applied.join(', ')}` : 'Database schema is up to date');
  })
  .catch((error: Error) => {
    console.error(`Migration failed: ${error.message}`);
    process.exit(1);
  });
