import { isIP } from 'node:net';

// Express's names for address ranges, usable in TRUSTED_PROXIES beside addresses and CIDR ranges.
const NAMED_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

/** The entries of TRUSTED_PROXIES (comma-separated), or none when unset or empty. */
export function trustedProxyList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
}

/** Is every entry an IP address, a CIDR range or one of express's named ranges? */
export function isValidTrustedProxyList(value: string | undefined): boolean {
  return trustedProxyList(value).every(isProxyEntry);
}

function isProxyEntry(entry: string): boolean {
  if (NAMED_RANGES.includes(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * Express's `trust proxy` setting: the configured proxies, or `false` so that `X-Forwarded-For` is
 * ignored and the client address is the socket's (a client cannot choose its own address).
 */
export function trustProxySetting(value: string | undefined): string[] | false {
  const list = trustedProxyList(value);
  return list.length > 0 ? list : false;
}
