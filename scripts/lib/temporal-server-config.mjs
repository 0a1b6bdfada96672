// Configuration files of the production Temporal server on PostgreSQL: one file per process, so that
// the one-process engine and the one-machine cluster (frontend, two history, matching, worker as
// processes of their own) come from the same template. Membership runs through the database on
// loopback ports; every port is chosen by the caller.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// Fixed when the databases are first set up: a shard count cannot change later. Eight let two history
// processes share the work and the shards move when one of them dies.
export const HISTORY_SHARDS = 8;

// Dynamic configuration for a one-machine installation. Namespaces and search attributes registered at
// start-up must be usable at once (the defaults refresh caches every 10 s or more).
const DYNAMIC_CONFIG = `limit.maxIDLength:
  - value: 255
system.namespaceCacheRefreshInterval:
  - value: 2s
system.forceSearchAttributesCacheRefreshOnRead:
  - value: true
frontend.enableExecuteMultiOperation:
  - value: true
history.hostLevelCacheMaxSize:
  - value: 8192
frontend.namespaceRPS.visibility:
  - value: 100
`;

function datastore({ database, pg, maxConns }) {
  return `      sql:
        pluginName: "postgres12"
        databaseName: "${database}"
        connectAddr: "${pg.host}:${pg.port}"
        connectProtocol: "tcp"
        user: "${pg.user}"
        password: "${pg.password}"
        maxConns: ${maxConns}
        maxIdleConns: ${maxConns}
        maxConnLifetime: "1h"`;
}

function serviceBlock(name, ports) {
  return `  ${name}:
    rpc:
      grpcPort: ${ports.grpc}
      membershipPort: ${ports.membership}
      bindOnLocalHost: true${ports.http ? `\n      httpPort: ${ports.http}` : ''}`;
}

/**
 * Writes `<root>/config/<env>.yaml` and the dynamic config file; returns the env name.
 * @param {object} o
 * @param {string} o.root the server's --root folder
 * @param {string} o.env file name without .yaml
 * @param {{host:string,port:number,user:string,password:string}} o.pg
 * @param {{store:string,visibility:string}} o.databases
 * @param {{frontend:object,history:object,matching:object,worker:object}} o.services ports of each service for this process
 * @param {number} [o.metricsPort] Prometheus endpoint of this process
 */
export function writeServerConfig({ root, env, pg, databases, services, metricsPort }) {
  const configDir = path.join(root, 'config');
  mkdirSync(path.join(configDir, 'dynamicconfig'), { recursive: true });
  writeFileSync(path.join(configDir, 'dynamicconfig', 'platform.yaml'), DYNAMIC_CONFIG);
  const frontend = `127.0.0.1:${services.frontend.grpc}`;
  const yaml = `log:
  stdout: true
  level: warn

persistence:
  defaultStore: postgres-default
  visibilityStore: postgres-visibility
  numHistoryShards: ${HISTORY_SHARDS}
  datastores:
    postgres-default:
${datastore({ database: databases.store, pg, maxConns: 20 })}
    postgres-visibility:
${datastore({ database: databases.visibility, pg, maxConns: 10 })}

global:
  membership:
    maxJoinDuration: 30s
    broadcastAddress: "127.0.0.1"
${metricsPort ? `  metrics:
    prometheus:
      framework: "tally"
      timerType: "histogram"
      listenAddress: "127.0.0.1:${metricsPort}"
` : ''}
services:
${Object.entries(services).map(([name, ports]) => serviceBlock(name, ports)).join('\n')}

clusterMetadata:
  enableGlobalNamespace: false
  failoverVersionIncrement: 10
  masterClusterName: "active"
  currentClusterName: "active"
  clusterInformation:
    active:
      enabled: true
      initialFailoverVersion: 1
      rpcName: "frontend"
      rpcAddress: "${frontend}"
      httpAddress: "127.0.0.1:${services.frontend.http}"

dcRedirectionPolicy:
  policy: "noop"

dynamicConfigClient:
  filepath: "${path.join(configDir, 'dynamicconfig', 'platform.yaml')}"
  pollInterval: "10s"
`;
  writeFileSync(path.join(configDir, `${env}.yaml`), yaml);
  return env;
}
