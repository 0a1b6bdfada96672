// Registers the platform's namespaces and their search attributes on a Temporal cluster, and waits until
// the cluster serves them. Idempotent. Namespaces: TEMPORAL_NAMESPACES (comma-separated), else
// TEMPORAL_NAMESPACE. Used by the start and test scripts on the production engine.
import { loadConfigOrExit } from '@libs/config';
import { connectToTemporal } from '../connection';
import { ensureNamespace, waitForNamespace } from '../register-namespace';
import { registerSearchAttributes } from '../register-search-attributes';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const namespaces = (process.env.TEMPORAL_NAMESPACES ?? config.TEMPORAL_NAMESPACE).split(',').filter(Boolean);
  const retentionDays = Number(process.env.TEMPORAL_RETENTION_DAYS ?? 7);
  const connection = await connectToTemporal(config);
  try {
    const created: string[] = [];
    for (const namespace of namespaces) {
      if ((await ensureNamespace(connection, namespace, retentionDays)) === 'created') created.push(namespace);
    }
    for (const namespace of namespaces) {
      await waitForNamespace(connection, namespace);
      await retrying(() => registerSearchAttributes(connection, namespace));
    }
    console.log(`Namespaces on ${config.TEMPORAL_ADDRESS}: ${namespaces.length} ready (${created.length} created), search attributes registered`);
  } finally {
    await connection.close();
  }
}

/** A namespace the frontend has just learned of can refuse a search-attribute change for a moment. */
async function retrying<T>(call: () => Promise<T>, attempts = 30): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

main().catch((error: Error) => {
  console.error(`Namespace set-up failed: ${error.message}`);
  process.exit(1);
});
