import { randomBytes } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { ConfigModule, loadConfig } from '@libs/config';
import { createValidationPipe, GlobalExceptionFilter } from '@libs/http';
import { CodecModule } from './codec.module';

const b64 = (value: string) => Buffer.from(value).toString('base64');

// The codec endpoints over HTTP, as the Temporal UI calls them; no Temporal server is involved.
describe('codec endpoints', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    const config = loadConfig({ PAYLOAD_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`, PAYLOAD_ENCRYPTION_ACTIVE_KEY: 'k1' });
    const module = await Test.createTestingModule({ imports: [ConfigModule.forRoot(config), CodecModule] }).compile();
    app = module.createNestApplication({ logger: false });
    app.useGlobalFilters(new GlobalExceptionFilter());
    app.useGlobalPipes(createValidationPipe());
    await app.init();
    http = request(app.getHttpServer());
  });
  afterAll(() => app?.close());

  const plain = { payloads: [{ metadata: { encoding: b64('json/plain') }, data: b64('{"name":"张伟"}') }] };

  it('encrypts with POST /codec/encode and decrypts with POST /codec/decode', async () => {
    const encoded = await http.post('/codec/encode').set('X-Namespace', 'default').send(plain).expect(200);
    expect(encoded.body.payloads[0].metadata).toEqual({ encoding: b64('binary/encrypted'), 'encryption-key-id': b64('k1') });

    const decoded = await http.post('/codec/decode').set('X-Namespace', 'default').send(encoded.body).expect(200);
    expect(decoded.body).toEqual(plain);
  });

  it('answers 400 with the field for a malformed body', async () => {
    const res = await http.post('/codec/decode').send({ payloads: [{ data: 'not base64!' }] }).expect(400);
    expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'payloads[0].data', message: 'payloads[0].data must be a base64 string' });
    await http.post('/codec/encode').send({ nothing: true }).expect(400);
  });

  it('answers 400 naming the key id for a payload it cannot decrypt', async () => {
    const foreign = { payloads: [{ metadata: { encoding: b64('binary/encrypted'), 'encryption-key-id': b64('k0') }, data: b64('x'.repeat(40)) }] };
    const res = await http.post('/codec/decode').send(foreign).expect(400);
    expect(res.body.message).toMatch(/key id "k0"/);
  });
});
