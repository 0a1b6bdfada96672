import { codecCorsOrigins } from './codec-cors';

describe('codec CORS origins', () => {
  it.each([
    ['http://localhost:8233', '', ['http://localhost:8233', 'http://127.0.0.1:8233']],
    ['http://127.0.0.1:8233', '', ['http://127.0.0.1:8233', 'http://localhost:8233']],
    ['https://temporal.example.com', '', ['https://temporal.example.com']],
    ['http://localhost:8080', 'https://ops.example.com, http://10.0.0.5:8080', ['http://localhost:8080', 'http://127.0.0.1:8080', 'https://ops.example.com', 'http://10.0.0.5:8080']],
  ])('UI %s with extra %j admits %j', (ui, extra, expected) => {
    expect(codecCorsOrigins({ TEMPORAL_UI_URL: ui, CODEC_CORS_ORIGINS: extra })).toEqual(expected);
  });
});
