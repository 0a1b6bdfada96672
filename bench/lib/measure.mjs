// Latency percentiles, a paced or concurrent load, progress lines and the result table.
import { say } from '../../scripts/lib/log.mjs';

export function percentiles(values) {
  if (values.length === 0) return { n: 0, p50: null, p95: null, p99: null, max: null, mean: null };
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  const round = (v) => Math.round(v * 10) / 10;
  return { n: sorted.length, p50: round(at(0.5)), p95: round(at(0.95)), p99: round(at(0.99)), max: round(sorted.at(-1)), mean: round(sorted.reduce((s, v) => s + v, 0) / sorted.length) };
}

/** Runs `task(i)` for i < n with at most `concurrency` at a time; returns each call's latency in ms. */
export async function concurrently(n, concurrency, task, { progress } = {}) {
  const latencies = new Array(n);
  const failures = [];
  let next = 0;
  let done = 0;
  const started = performance.now();
  const ticker = progress ? setInterval(() => progress(done, n, (performance.now() - started) / 1000), 5000) : undefined;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, n) }, async () => {
      for (let i = next++; i < n; i = next++) {
        const t = performance.now();
        try {
          await task(i);
          latencies[i] = performance.now() - t;
        } catch (error) {
          failures.push(error.message);
        }
        done += 1;
      }
    }),
  );
  clearInterval(ticker);
  return { latencies: latencies.filter((v) => v !== undefined), failures, seconds: (performance.now() - started) / 1000 };
}

/** Starts task i at `startAt + i * spacingMs` (at most `concurrency` in flight), for deadlines spread evenly. */
export async function paced(n, spacingMs, concurrency, task, { progress } = {}) {
  const startAt = performance.now();
  const lateness = [];
  return concurrently(
    n,
    concurrency,
    async (i) => {
      const due = startAt + i * spacingMs;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      lateness.push(performance.now() - due);
      await task(i);
    },
    { progress },
  ).then((result) => ({ ...result, startLag: percentiles(lateness) }));
}

export function progressLine(what) {
  return (done, n, seconds) => say(`  ${what}: ${done}/${n} after ${seconds.toFixed(0)} s`);
}

export async function until(check, { timeoutMs, intervalMs = 1000, progress }) {
  const deadline = Date.now() + timeoutMs;
  let last;
  let lastReport = Date.now();
  for (;;) {
    last = await check();
    if (last.done) return last;
    if (Date.now() > deadline) return { ...last, timedOut: true };
    if (progress && Date.now() - lastReport > 5000) {
      progress(last);
      lastReport = Date.now();
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** A Markdown table from rows of cells. */
export function table(header, rows) {
  const line = (cells) => `| ${cells.map((c) => String(c ?? '—')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
