// The case view in the read model names customers (descriptions, notes, answers): it is stored as
// a Temporal payload sealed by the payload codec, so the keys, their rotation and what the database
// sees are those of the workflow history (`binary/encrypted` and a key id, never readable JSON).
import type { DataConverter } from '@temporalio/common';
import { decodeFromPayloadsAtIndex, encodeToPayload, loadDataConverter } from '@temporalio/common/lib/internal-non-workflow';
import { temporal } from '@temporalio/proto';

export interface CaseViewSeal {
  seal(view: unknown): Promise<Buffer>;
  open<T>(sealed: Buffer): Promise<T>;
}

const seals = new WeakMap<DataConverter, CaseViewSeal>();

/** Seals and opens case views with the data converter every worker and client shares (one seal per converter). */
export function caseViewSeal(dataConverter: DataConverter): CaseViewSeal {
  let seal = seals.get(dataConverter);
  if (!seal) seals.set(dataConverter, (seal = newSeal(dataConverter)));
  return seal;
}

function newSeal(dataConverter: DataConverter): CaseViewSeal {
  const converter = loadDataConverter(dataConverter);
  if (converter.payloadCodecs.length === 0) throw new Error('a case view is stored sealed: the data converter has no payload codec');
  return {
    async seal(view) {
      return Buffer.from(temporal.api.common.v1.Payload.encode(await encodeToPayload(converter, view)).finish());
    },
    async open<T>(sealed: Buffer) {
      return decodeFromPayloadsAtIndex<T>(converter, 0, [temporal.api.common.v1.Payload.decode(sealed)]);
    },
  };
}
