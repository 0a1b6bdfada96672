import { readFileSync } from 'node:fs';
import path from 'node:path';
import { configSchema } from './config.schema';
import { ConfigError, loadConfig } from './load-config';

describe('loadConfig', () => {
  it('applies the documented defaults to an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ API_PORT: 3000, TEMPORAL_ADDRESS: '127.0.0.1:7233', TEMPORAL_TASK_QUEUE: 'after-sales', TEMPORAL_UI_PORT: 8233 });
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ API_PORT: '' }).API_PORT).toBe(3000);
  });

  it.each([
    ['API_PORT', 'abc', /^Configuration error: API_PORT must be a port number/],
    ['API_PORT', '70000', /^Configuration error: API_PORT must be a port number from 1 to 65535 \(got "70000"\)/],
    ['DATABASE_URL', 'mysql://x', /^Configuration error: DATABASE_URL must be a URL starting with postgres:\/\/ or postgresql:\/\//],
    ['TEMPORAL_ADDRESS', 'localhost', /^Configuration error: TEMPORAL_ADDRESS must be host:port/],
    ['LOG_FORMAT', 'xml', /^Configuration error: LOG_FORMAT /],
  ])('names %s in one line when it is %s', (name, value, message) => {
    let error: unknown;
    try {
      loadConfig({ [name]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });

  it('documents every variable in .env.example, and nothing else', () => {
    const example = readFileSync(path.join(__dirname, '../../../.env.example'), 'utf8');
    const documented = [...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]);
    expect(new Set(documented)).toEqual(new Set(Object.keys(configSchema.shape)));
  });
});
