import type { AppConfig } from '@libs/config';

const LOOPBACK = new Set(['localhost', '127.0.0.1']);

/**
 * Origins that may call the codec endpoints: the Temporal UI's, at both loopback names when it is
 * local (the start script prints localhost, an operator may type 127.0.0.1), and any configured ones.
 */
export function codecCorsOrigins(config: Pick<AppConfig, 'TEMPORAL_UI_URL' | 'CODEC_CORS_ORIGINS'>): string[] {
  const ui = new URL(config.TEMPORAL_UI_URL);
  const origins = [ui.origin];
  if (LOOPBACK.has(ui.hostname)) {
    for (const host of LOOPBACK) origins.push(`${ui.protocol}//${host}${ui.port ? `:${ui.port}` : ''}`);
  }
  for (const extra of config.CODEC_CORS_ORIGINS.split(',')) {
    if (extra.trim()) origins.push(new URL(extra.trim()).origin);
  }
  return [...new Set(origins)];
}
