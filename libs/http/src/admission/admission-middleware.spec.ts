import express from 'express';
import request from 'supertest';
import { admissionControl, RETRY_AFTER_SECONDS } from './admission-middleware';

describe('admissionControl', () => {
  it('answers 503 with Retry-After once its line is full, keeps reads and writes apart, never queues probes, and frees turns', async () => {
    let release!: () => void;
    const slow = new Promise<void>((resolve) => (release = resolve));
    const app = express();
    app.use(admissionControl({ concurrent: 1, queued: 0, waitMs: 1_000 }));
    app.get('/slow', async (_req, res) => {
      await slow;
      res.json({ ok: true });
    });
    app.get('/fast', (_req, res) => res.json({ ok: true }));
    app.post('/write', (_req, res) => res.json({ ok: true }));
    app.get('/health', (_req, res) => res.json({ status: 'ok' }));
    const server = app.listen(0);
    try {
      const http = request(server);
      const first = http.get('/slow').then((r) => r.status);
      await new Promise((r) => setTimeout(r, 100));
      const refused = await http.get('/fast');
      expect(refused.status).toBe(503);
      expect(refused.headers['retry-after']).toBe(String(RETRY_AFTER_SECONDS));
      expect(refused.body).toMatchObject({ statusCode: 503, code: 'OVERLOADED' });
      await http.get('/health').expect(200);
      // Writes have a line of their own: a burst of reads does not hold them up, nor the reverse.
      await http.post('/write').expect(200);
      release();
      expect(await first).toBe(200);
      await http.get('/fast').expect(200);
    } finally {
      server.close();
    }
  });
});
