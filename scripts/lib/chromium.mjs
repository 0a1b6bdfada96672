// Debian's Chromium for the Swagger UI test (playwright-core drives it; no browser downloads).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { say } from './log.mjs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
const HOW = 'install it with `sudo apt-get update && sudo apt-get install -y chromium` (Debian/Ubuntu) or set CHROMIUM_PATH';

/** The browser's path; installs it with apt-get when missing and this is root on Debian. Undefined when unavailable. */
export function ensureChromium() {
  const given = process.env.CHROMIUM_PATH;
  if (given) return existsSync(given) ? given : missing(`CHROMIUM_PATH=${given} does not exist`);
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  const canInstall = process.getuid?.() === 0 && existsSync('/etc/debian_version') && spawnSync('which', ['apt-get']).status === 0;
  if (!canInstall) return missing('Chromium is not installed');
  say('Installing Chromium with apt-get for the Swagger UI test (once)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update'], { stdio: 'ignore', env });
  const install = update.status === 0 && spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'ignore', env });
  const installed = CANDIDATES.find((p) => existsSync(p));
  return install && installed ? installed : missing('apt-get could not install chromium');
}

function missing(why) {
  say(`${why}: the Swagger UI browser test is skipped; ${HOW}.`);
  return undefined;
}
