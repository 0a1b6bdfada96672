import type { Payload, PayloadCodec } from '@temporalio/common';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { PayloadDecryptionError } from './encryption-codec';

/** A payload as the Temporal UI sends it (proto JSON): metadata values and data in base64. */
export interface JsonPayload {
  metadata: Record<string, string>;
  data: string;
}

/** Body of the codec endpoints, both ways. */
export interface PayloadsJson {
  payloads: JsonPayload[];
}

// Proto JSON writes bytes as standard base64 but readers also accept the URL-safe alphabet and no padding.
const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

/** `POST {codec}/encode`: payloads in clear to encrypted ones. */
export async function encodePayloadsJson(body: unknown, codec: PayloadCodec): Promise<PayloadsJson> {
  const encoded = await codec.encode(readPayloads(body));
  return { payloads: encoded.map(toJson) };
}

/** `POST {codec}/decode`: what the Temporal UI calls to show payloads in clear. */
export async function decodePayloadsJson(body: unknown, codec: PayloadCodec): Promise<PayloadsJson> {
  const payloads = readPayloads(body);
  try {
    return { payloads: (await codec.decode(payloads)).map(toJson) };
  } catch (error) {
    if (error instanceof PayloadDecryptionError) throw new DomainError(DomainErrorCode.Validation, error.message, 'payloads');
    throw error;
  }
}

function readPayloads(body: unknown): Payload[] {
  if (!isObject(body)) throw invalid('body must be a JSON object with a "payloads" array', 'payloads');
  const unknown = Object.keys(body).find((key) => key !== 'payloads');
  if (unknown !== undefined) throw invalid(`property ${unknown} should not exist`, unknown);
  // Proto JSON leaves out an empty list: the Temporal CLI sends `{}` for a query without arguments.
  if (body.payloads === undefined) return [];
  if (!Array.isArray(body.payloads)) throw invalid('payloads must be an array', 'payloads');
  return body.payloads.map((payload, index) => readPayload(payload, `payloads[${index}]`));
}

function readPayload(value: unknown, at: string): Payload {
  if (!isObject(value)) throw invalid(`${at} must be an object with "metadata" and "data"`, at);
  const metadata = value.metadata ?? {};
  if (!isObject(metadata)) throw invalid(`${at}.metadata must be an object of base64 strings`, `${at}.metadata`);
  return {
    metadata: Object.fromEntries(Object.entries(metadata).map(([key, v]) => [key, fromBase64(v, `${at}.metadata.${key}`)])),
    data: fromBase64(value.data ?? '', `${at}.data`),
  };
}

function toJson(payload: Payload): JsonPayload {
  return {
    metadata: Object.fromEntries(Object.entries(payload.metadata ?? {}).map(([key, v]) => [key, Buffer.from(v).toString('base64')])),
    data: Buffer.from(payload.data ?? new Uint8Array()).toString('base64'),
  };
}

function fromBase64(value: unknown, at: string): Uint8Array {
  if (typeof value !== 'string' || !BASE64.test(value) || value.replace(/=+$/, '').length % 4 === 1) {
    throw invalid(`${at} must be a base64 string`, at);
  }
  return Buffer.from(value, 'base64');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalid(message: string, field: string): DomainError {
  return new DomainError(DomainErrorCode.Validation, message, field);
}
