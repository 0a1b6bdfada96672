// The S3-compatible object store the tests run the `s3` attachment store against: SeaweedFS (Apache-2.0),
// built from its Go module when missing, started on free loopback ports with a data folder in the
// test run's folder and an access key and secret made for the run (never written anywhere else). It
// checks Signature Version 4 against the identities it is given, as a production store does.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { goBuild, goEnvironment, requireGo } from './go-install.mjs';
import { fail, pipePrefixed } from './log.mjs';
import { freePort, waitFor } from './ports.mjs';
import { ROOT } from './project.mjs';

// Pinned in deploy/s3-test-server/go.mod; SeaweedFS tags no releases as Go module versions.
export const SEAWEEDFS_VERSION = 'v0.0.0-20261109003541-7506e5f91cd6';
const MODULE_DIR = path.join(ROOT, 'deploy/s3-test-server');
const PACKAGE = 'github.com/seaweedfs/seaweedfs/weed';

/** The `weed` binary, building it when missing (`S3_SERVER_PATH` names one built elsewhere). */
export async function ensureS3Server() {
  if (process.env.S3_SERVER_PATH) {
    if (existsSync(process.env.S3_SERVER_PATH)) return process.env.S3_SERVER_PATH;
    throw new Error(`S3_SERVER_PATH points to ${process.env.S3_SERVER_PATH}, which does not exist.`);
  }
  requireGo('The S3 test server (SeaweedFS)', PACKAGE);
  const dir = path.join(process.env.S3_SERVER_HOME || path.join(goEnvironment().gopath, 'opt'), `seaweedfs@${SEAWEEDFS_VERSION}`);
  const binary = path.join(dir, 'weed');
  if (existsSync(binary)) return binary;
  mkdirSync(dir, { recursive: true });
  // Built aside and renamed: an interrupted build leaves no binary that looks complete.
  await goBuild({ dir: MODULE_DIR, pkg: PACKAGE, output: `${binary}.part`, label: 's3', what: `the S3 test server (SeaweedFS ${SEAWEEDFS_VERSION})` });
  renameSync(`${binary}.part`, binary);
  return binary;
}

/**
 * `weed server` (master, volume, filer and the S3 gateway in one process) on free loopback ports.
 * Buckets are not created on upload (`-s3.autoCreateBucket=false`): creating one is the operator's
 * job, as in production. Resolves `{ endpoint, region, accessKeyId, secretAccessKey, stop }` once a
 * signed ListBuckets answers 200.
 */
export async function startS3Server({ binary, dataDir, signRequest, quiet = () => false }) {
  mkdirSync(dataDir, { recursive: true });
  const accessKeyId = `AS${randomBytes(9).toString('hex').toUpperCase()}`;
  const secretAccessKey = randomBytes(30).toString('base64url');
  const configFile = path.join(dataDir, 's3-identities.json');
  writeFileSync(
    configFile,
    JSON.stringify({ identities: [{ name: 'after-sales-test', credentials: [{ accessKey: accessKeyId, secretKey: secretAccessKey }], actions: ['Admin', 'Read', 'Write', 'List', 'Tagging'] }] }),
    { mode: 0o600 },
  );
  // Each service's gRPC port would otherwise be its HTTP port + 10000, past 65535 for a high free port.
  const ports = {};
  for (const name of ['master', 'masterGrpc', 'volume', 'volumeGrpc', 'filer', 'filerGrpc', 's3', 's3Grpc']) ports[name] = await freePort();
  const args = [
    'server',
    '-ip=127.0.0.1',
    '-ip.bind=127.0.0.1',
    `-dir=${dataDir}`,
    '-filer',
    '-s3',
    `-s3.config=${configFile}`,
    '-s3.autoCreateBucket=false',
    '-s3.port.iceberg=0',
    '-s3.port.lance=0',
    `-master.port=${ports.master}`,
    `-master.port.grpc=${ports.masterGrpc}`,
    `-volume.port=${ports.volume}`,
    `-volume.port.grpc=${ports.volumeGrpc}`,
    `-filer.port=${ports.filer}`,
    `-filer.port.grpc=${ports.filerGrpc}`,
    `-s3.port=${ports.s3}`,
    `-s3.port.grpc=${ports.s3Grpc}`,
    // Volumes are sparse files of at most 64 MB. Each collection (every bucket, and the filer's own
    // after a minute) grows 7 of them on its first write: room for several.
    '-master.volumeSizeLimitMB=64',
    '-volume.max=64',
    // Never reports anything anywhere: the tests talk to loopback only.
    '-master.telemetry=false',
    '-volume.preStopSeconds=0',
  ];
  const child = spawn(binary, args, { cwd: dataDir, stdio: ['ignore', 'pipe', 'pipe'] });
  let exited;
  child.on('exit', (code, signal) => (exited = signal ?? code));
  // The last lines, shown when the server does not come up, even when its output is hidden.
  const recent = [];
  pipePrefixed(child, 's3', {
    filter: (line) => {
      recent.push(line);
      if (recent.length > 30) recent.shift();
      return !quiet(line);
    },
  });
  const endpoint = `http://127.0.0.1:${ports.s3}`;
  const region = 'us-east-1';
  const stop = async () => {
    if (exited !== undefined) return;
    child.kill('SIGTERM');
    const killed = setTimeout(() => child.kill('SIGKILL'), 2_000);
    await new Promise((resolve) => (exited !== undefined ? resolve() : child.once('exit', resolve)));
    clearTimeout(killed);
  };
  const exitedEarly = new Promise((_, reject) => child.once('exit', (code, signal) => reject(new Error(`the S3 test server exited (${signal ?? code}) while starting; see its lines above`))));
  exitedEarly.catch(() => undefined);
  try {
    const ready = waitFor(
      async () => {
        const headers = signRequest(
          { method: 'GET', host: `127.0.0.1:${ports.s3}`, path: '/', payloadSha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', amzDate: new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '') },
          { accessKeyId, secretAccessKey, region, service: 's3' },
        );
        delete headers.host;
        const res = await fetch(`${endpoint}/`, { headers, signal: AbortSignal.timeout(2_000) });
        await res.arrayBuffer();
        return res.status === 200;
      },
      { timeoutMs: 90_000, intervalMs: 500, what: 'the S3 test server (SeaweedFS)' },
    );
    await Promise.race([ready, exitedEarly]);
  } catch (error) {
    await stop();
    for (const line of recent) fail(`  ${line}`);
    throw error;
  }
  return { endpoint, region, accessKeyId, secretAccessKey, stop };
}
