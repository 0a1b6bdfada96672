// The blind index of case descriptions (`case_records.description_tokens`): keyed tokens of the
// description's character pairs (`@libs/domain/cases/description-search`), under a key derived from
// the payload keys for this purpose only. The description itself stays in the encrypted history and
// the sealed case view; the database never holds it, nor anything that reads back without the key.
import { createHmac } from 'node:crypto';
import type { DataConverter } from '@temporalio/common';
import { descriptionSearchTokens, KeyedHash } from '@libs/domain/cases/description-search';
import { derivedKeysOf } from '@libs/temporal/codec/derived-keys';

/** The purpose the search key is derived for; a new label (v2) would mean re-indexing every row. */
export const DESCRIPTION_SEARCH_KEY_LABEL = 'after-sales/case-description-search/v1';

export interface DescriptionIndex {
  /** What a case stores for its description: the tokens under the active key. */
  tokens(description: string): string[];
  /**
   * What a search matches: one token set per payload key still listed (rows indexed before a rotation
   * keep the tokens of their key), a case matching when it holds all of one set. None when the text
   * has fewer than two letters or digits: such a search does not look at descriptions.
   */
  searchTokens(q: string): string[][];
}

const indexes = new WeakMap<DataConverter, DescriptionIndex>();

/** The index under the keys of the data converter every client and worker shares (one per converter). */
export function descriptionIndex(dataConverter: DataConverter | undefined): DescriptionIndex {
  if (!dataConverter) throw new Error('the description index derives its key from the payload keys: no data converter was given');
  let index = indexes.get(dataConverter);
  if (!index) indexes.set(dataConverter, (index = newIndex(dataConverter)));
  return index;
}

function newIndex(dataConverter: DataConverter): DescriptionIndex {
  const keys = derivedKeysOf(dataConverter, DESCRIPTION_SEARCH_KEY_LABEL);
  const hmac =
    (key: Buffer): KeyedHash =>
    (data) =>
      createHmac('sha256', key).update(data).digest();
  const active = hmac(keys.active);
  const all = keys.all.map((k) => hmac(k.key));
  return {
    tokens: (description) => descriptionSearchTokens(description, active),
    searchTokens: (q) => {
      const sets = all.map((hash) => descriptionSearchTokens(q, hash));
      return sets[0].length === 0 ? [] : sets;
    },
  };
}
