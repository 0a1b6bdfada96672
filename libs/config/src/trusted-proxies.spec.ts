import { loadConfig } from './load-config';
import { isValidTrustedProxyList, trustProxySetting } from './trusted-proxies';

describe('TRUSTED_PROXIES', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['loopback', ['loopback']],
    ['10.0.0.0/8, 192.168.1.10 ,uniquelocal', ['10.0.0.0/8', '192.168.1.10', 'uniquelocal']],
    ['fd00::/8', ['fd00::/8']],
  ])('%s gives %j', (value, setting) => {
    expect(isValidTrustedProxyList(value)).toBe(true);
    expect(trustProxySetting(value)).toEqual(setting);
  });

  it.each(['*', 'true', '10.0.0.0/33', '300.1.1.1', 'proxy.internal', '10.0.0.1/8/1', '::1/129', '10.0.0.0/x'])('refuses %s', (value) => {
    expect(isValidTrustedProxyList(value)).toBe(false);
    expect(() => loadConfig({ TRUSTED_PROXIES: value })).toThrow(/^Configuration error: TRUSTED_PROXIES must be/);
  });
});
