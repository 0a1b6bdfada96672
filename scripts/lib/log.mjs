// Console output of the start and test scripts: one prefix per source, readable at a glance.
const COLORS = { stack: 36, temporal: 35, s3: 94, postgres: 34, api: 32, worker: 33, 'dept-sim': 95, build: 90, jest: 0 };
const useColor = process.stdout.isTTY && !process.env.NO_COLOR;

export function prefixFor(name) {
  const label = `[${name}]`.padEnd(11);
  const code = COLORS[name];
  return useColor && code ? `\x1b[${code}m${label}\x1b[0m` : label;
}

export function say(message) {
  process.stdout.write(`${prefixFor('stack')} ${message}\n`);
}

export function fail(message) {
  process.stderr.write(`${prefixFor('stack')} ${message}\n`);
}

/** Pipes a child's stdout/stderr line by line behind its prefix. */
export function pipePrefixed(child, name, { filter } = {}) {
  const prefix = prefixFor(name);
  for (const [stream, out] of [[child.stdout, process.stdout], [child.stderr, process.stderr]]) {
    if (!stream) continue;
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop();
      for (const line of lines) if (line.trim() && (!filter || filter(line))) out.write(`${prefix} ${line}\n`);
    });
    stream.on('end', () => {
      if (rest.trim() && (!filter || filter(rest))) out.write(`${prefix} ${rest}\n`);
    });
  }
}
