// Finds or builds the production Temporal server, its SQL schema tool and the Web UI server, each from
// its Go module (the same server version as the compose file's image), and locates the PostgreSQL
// schemas that ship inside the server module.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { goEnvironment, goInstall, requireGo } from './go-install.mjs';

export const TEMPORAL_SERVER_VERSION = 'v1.29.1';
export const TEMPORAL_UI_VERSION = 'v2.42.1';
const SERVER_MODULE = `go.temporal.io/server/cmd/server@${TEMPORAL_SERVER_VERSION}`;
const SQL_TOOL_MODULE = `go.temporal.io/server/cmd/tools/sql@${TEMPORAL_SERVER_VERSION}`;
const UI_MODULE = `github.com/temporalio/ui-server/v2/cmd/server@${TEMPORAL_UI_VERSION}`;

// Both the server and the UI build a binary called `server`: each gets a folder of its own.
function installDir(name, version) {
  const { gopath } = goEnvironment();
  return path.join(process.env.TEMPORAL_SERVER_HOME || path.join(gopath, 'opt'), `${name}@${version}`);
}

/** `{ server, sql, schemaDir, configDir }`, building what is missing. */
export async function ensureTemporalServer() {
  requireGo('The Temporal server', SERVER_MODULE);
  const dir = installDir('temporal-server', TEMPORAL_SERVER_VERSION);
  const server = path.join(dir, 'server');
  const sql = path.join(dir, 'sql');
  if (!existsSync(server)) await goInstall({ module: SERVER_MODULE, gobin: dir, label: 'temporal', what: `the Temporal server ${TEMPORAL_SERVER_VERSION}` });
  if (!existsSync(sql)) await goInstall({ module: SQL_TOOL_MODULE, gobin: dir, label: 'temporal', what: 'the Temporal SQL schema tool' });
  const moduleDir = path.join(goEnvironment().modCache, `go.temporal.io/server@${TEMPORAL_SERVER_VERSION}`);
  const schemaDir = path.join(moduleDir, 'schema/postgresql/v12');
  if (!existsSync(schemaDir)) throw new Error(`The PostgreSQL schemas were not found in ${schemaDir}; run: go mod download go.temporal.io/server@${TEMPORAL_SERVER_VERSION}`);
  return { server, sql, schemaDir };
}

/** The Web UI server binary, building it when missing. */
export async function ensureTemporalUiServer() {
  const dir = installDir('temporal-ui-server', TEMPORAL_UI_VERSION);
  const binary = path.join(dir, 'server');
  if (!existsSync(binary)) await goInstall({ module: UI_MODULE, gobin: dir, label: 'temporal', what: `the Temporal Web UI ${TEMPORAL_UI_VERSION}` });
  return binary;
}
