// `npm run temporal:setup`: registers the platform's search attributes on the configured
// namespace of a Temporal cluster. Idempotent.
import { loadConfigOrExit } from '@libs/config';
import { connectToTemporal } from '../connection';
import { registerSearchAttributes } from '../register-search-attributes';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const connection = await connectToTemporal(config);
  try {
    const { added, present } = await registerSearchAttributes(connection, config.TEMPORAL_NAMESPACE);
    console.log(
      `Search attributes on ${config.TEMPORAL_ADDRESS}/${config.TEMPORAL_NAMESPACE}: ` +
        `added [${added.join(', ')}], already present [${present.join(', ')}]`,
    );
  } finally {
    await connection.close();
  }
}

main().catch((error: Error) => {
  console.error(`temporal:setup failed: ${error.message}`);
  process.exit(1);
});
