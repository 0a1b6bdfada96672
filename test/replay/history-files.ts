import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PayloadCodec } from '@temporalio/common';
import { historyFromJSON, historyToJSON } from '@temporalio/common/lib/proto-utils';
import type { temporal } from '@temporalio/proto';

export const HISTORIES_DIR = path.join(__dirname, 'histories');

type JsonPayload = { metadata?: Record<string, string>; data?: string };

/**
 * Stores a history with its payloads decrypted: recorded from synthetic test data, so nothing personal,
 * and replayable without the key of the run that recorded it.
 */
export async function saveDecodedHistory(label: string, workflowId: string, history: temporal.api.history.v1.IHistory, codec: PayloadCodec): Promise<void> {
  const json = JSON.parse(historyToJSON(history));
  await decodePayloadsIn(json, codec);
  // The workflow id is part of the name: replay must see the same id (child ids derive from it).
  writeFileSync(path.join(HISTORIES_DIR, `${label}@${workflowId}.json`), `${JSON.stringify(json, null, 1)}\n`);
}

export function loadHistories(prefix: string): Array<{ workflowId: string; label: string; history: temporal.api.history.v1.IHistory }> {
  return readdirSync(HISTORIES_DIR)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.json'))
    .sort()
    .map((file) => ({
      workflowId: file.replace(/\.json$/, '').split('@').pop()!,
      label: file.split('@')[0],
      history: historyFromJSON(JSON.parse(readFileSync(path.join(HISTORIES_DIR, file), 'utf8'))),
    }));
}

async function decodePayloadsIn(node: unknown, codec: PayloadCodec): Promise<void> {
  if (Array.isArray(node)) {
    for (const item of node) await decodePayloadsIn(item, codec);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  if (isPayload(record)) {
    const [decoded] = await codec.decode([
      {
        metadata: Object.fromEntries(Object.entries(record.metadata ?? {}).map(([k, v]) => [k, Buffer.from(v, 'base64')])),
        data: Buffer.from(record.data ?? '', 'base64'),
      },
    ]);
    record.metadata = Object.fromEntries(Object.entries(decoded.metadata ?? {}).map(([k, v]) => [k, Buffer.from(v).toString('base64')]));
    record.data = Buffer.from(decoded.data ?? []).toString('base64');
    return;
  }
  for (const value of Object.values(record)) await decodePayloadsIn(value, codec);
}

function isPayload(node: Record<string, unknown>): node is JsonPayload & Record<string, unknown> {
  const metadata = node.metadata as Record<string, string> | undefined;
  return typeof node.data === 'string' && !!metadata && typeof metadata.encoding === 'string';
}
