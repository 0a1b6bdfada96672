// The description of a case names customers and what happened to them, so it is kept only encrypted.
// To find cases by it anyway, the read model holds a blind index: keyed tokens of the description's
// character pairs (bigrams). Chinese has no spaces between words, so pairs of characters are what a
// search can match; Latin text goes the same way once lower-cased. A search matches a case when every
// token of its text is among the case's tokens. Without the key a token says nothing about its text.
// Pure: the keyed hash (HMAC-SHA256 under a search key) is passed in, so the rule runs anywhere.

/** What the search hashes a character pair with: HMAC-SHA256 under the search key (at least 8 bytes out). */
export type KeyedHash = (data: Uint8Array) => Uint8Array;

/** A token is the hash's first 8 bytes: a collision between two pairs is one in 2^64. */
export const DESCRIPTION_TOKEN_BYTES = 8;

/** A text shorter than this (after normalising) has no pair, so searches nothing in the description. */
export const DESCRIPTION_SEARCH_MIN_CHARACTERS = 2;

/**
 * The text as the tokens see it: compatibility forms folded (full-width `ＡＢ１` is `ab1`), lower case, and
 * only letters and digits kept, so punctuation, spaces and symbols neither make nor break a match.
 */
export function normaliseDescription(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The distinct pairs of neighbouring characters (code points, not UTF-16 units) of the normalised text. */
export function descriptionBigrams(text: string): string[] {
  const chars = Array.from(normaliseDescription(text));
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i += 1) pairs.add(chars[i] + chars[i + 1]);
  return [...pairs];
}

/**
 * The keyed tokens of a text, each a signed 64-bit whole number in decimal (what a PostgreSQL `bigint[]`
 * column and its GIN index hold), distinct and sorted. The same text and key always give the same
 * tokens; a text of fewer than two letters or digits gives none. Used alike for a case's description
 * (what is stored) and a search's text (what must all be among them).
 */
export function descriptionSearchTokens(text: string, hash: KeyedHash): string[] {
  const encoder = new TextEncoder();
  const tokens = new Set<bigint>();
  for (const pair of descriptionBigrams(text)) {
    const digest = hash(encoder.encode(pair));
    if (digest.length < DESCRIPTION_TOKEN_BYTES) throw new Error(`the search hash gave ${digest.length} bytes; a token takes ${DESCRIPTION_TOKEN_BYTES}`);
    tokens.add(new DataView(digest.buffer, digest.byteOffset, DESCRIPTION_TOKEN_BYTES).getBigInt64(0));
  }
  return [...tokens].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map(String);
}
