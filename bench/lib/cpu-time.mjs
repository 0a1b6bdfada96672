// CPU time spent per unit of work: less noisy than rates on a shared machine, and it says which
// process a request's cost lands in (API, worker, or the rest: Temporal, PostgreSQL, the bench).
import { readdirSync, readFileSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** utime + stime of one process in ms; undefined once it has gone. */
export function processCpuMs(pid) {
  return readStat(pid)?.cpuMs;
}

function readStat(pid) {
  try {
    // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return {
      command: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
      cpuMs: (Number(fields[11]) + Number(fields[12])) * TICK_MS,
      // Children that exited and were reaped: PostgreSQL's postmaster collects its closed backends' time here.
      reapedChildrenMs: (Number(fields[13]) + Number(fields[14])) * TICK_MS,
    };
  } catch {
    return undefined;
  }
}

// The engine's and PostgreSQL's processes by command name: the dev server is `temporal`, the
// production server (and each cluster service) `server`; PostgreSQL's backends are `postgres`.
const GROUPS = { temporal: ['temporal', 'server'], postgres: ['postgres'] };

/** CPU ms of each group's processes, with that of their exited children (a closed backend's time stays counted). */
function groupsCpuMs() {
  const totals = Object.fromEntries(Object.keys(GROUPS).map((group) => [group, 0]));
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(entry);
    const group = stat && Object.keys(GROUPS).find((name) => GROUPS[name].includes(stat.command));
    if (group) totals[group] += stat.cpuMs + stat.reapedChildrenMs;
  }
  return totals;
}

/**
 * CPU ms of one process's threads by what they are: `main` (the JavaScript main thread), `sdk-core`
 * (the Temporal SDK's Rust threads: workflow-processing and tokio), `other` (V8's helpers, the
 * JavaScript workflow threads, libuv; Node leaves them unnamed). A JavaScript CPU profile sees
 * neither the SDK's nor V8's threads.
 */
export function threadsCpuMs(pid) {
  const totals = { main: 0, 'sdk-core': 0, other: 0 };
  let tids;
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return undefined;
  }
  for (const tid of tids) {
    const stat = readStat(`${pid}/task/${tid}`);
    if (!stat) continue;
    const kind = tid === String(pid) ? 'main' : /^(workflow-proces|tokio-runtime)/.test(stat.command) ? 'sdk-core' : 'other';
    totals[kind] += stat.cpuMs;
  }
  return totals;
}

/** Counts one process's thread CPU from now; `.per(units)` gives ms per unit by kind of thread. */
export function threadMeter(pid) {
  const start = threadsCpuMs(pid);
  return {
    per(units) {
      const now = threadsCpuMs(pid);
      if (!start || !now) return undefined;
      return perUnit(Object.fromEntries(Object.keys(now).map((kind) => [kind, now[kind] - start[kind]])), units);
    },
  };
}

/** Busy CPU time of this machine in ms (all cores), from /proc/stat; time the hypervisor stole is not ours. */
export function machineBusyMs() {
  return machineTicks().busyMs;
}

/** /proc/stat's first line: busy time, and time the hypervisor gave to other guests while we had work (steal). */
function machineTicks() {
  const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  const [user, nice, system, , , irq, softirq, steal = 0] = ticks;
  return { busyMs: (user + nice + system + irq + softirq) * TICK_MS, stealMs: steal * TICK_MS };
}

/**
 * Starts counting for the named processes, the Temporal engine, PostgreSQL and the bench itself;
 * `.per(units)` gives ms of CPU per unit of work since then. `other` is the machine's busy time that
 * none of them spent (a build or another tenant's load beside the run: figures from such a run are
 * suspect), `stolen` the time the hypervisor gave to other guests.
 */
export function cpuMeter(processes) {
  const ticks = machineTicks();
  const start = { machine: ticks.busyMs, stolen: ticks.stealMs, bench: processCpuMs(process.pid), ...groupsCpuMs(), ...Object.fromEntries(Object.entries(processes).map(([name, child]) => [name, processCpuMs(child.pid)])) };
  return {
    per(units) {
      const groups = groupsCpuMs();
      const now = machineTicks();
      const spent = { machine: now.busyMs - start.machine, bench: processCpuMs(process.pid) - start.bench };
      for (const group of Object.keys(GROUPS)) spent[group] = groups[group] - start[group];
      for (const [name, child] of Object.entries(processes)) {
        const ms = processCpuMs(child.pid);
        if (ms !== undefined && start[name] !== undefined) spent[name] = ms - start[name];
      }
      const accounted = Object.entries(spent).reduce((sum, [name, ms]) => (name === 'machine' ? sum : sum + ms), 0);
      spent.other = Math.max(0, spent.machine - accounted);
      spent.stolen = now.stealMs - start.stolen;
      return perUnit(spent, units);
    },
  };
}

/** Each total in ms divided by the units of work, to two decimals. */
function perUnit(spent, units) {
  return Object.fromEntries(Object.entries(spent).map(([name, ms]) => [name, Math.round((ms / Math.max(1, units)) * 100) / 100]));
}
