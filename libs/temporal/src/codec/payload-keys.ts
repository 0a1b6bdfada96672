// Parsing of the payload encryption keys. Pure, with no imports from the libs, because the
// configuration schema validates with it.

export const KEYS_VARIABLE = 'PAYLOAD_ENCRYPTION_KEYS';
export const ACTIVE_KEY_VARIABLE = 'PAYLOAD_ENCRYPTION_ACTIVE_KEY';
export type PayloadKeyVariable = typeof KEYS_VARIABLE | typeof ACTIVE_KEY_VARIABLE;

/** AES-256 keys. */
export const PAYLOAD_KEY_BYTES = 32;
const KEY_ID = /^[A-Za-z0-9_.-]{1,64}$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

export interface PayloadKeyring {
  /** Key id that encrypts new payloads. */
  activeKeyId: string;
  /** Every key that may still be needed to decrypt history, by key id. */
  keys: ReadonlyMap<string, Buffer>;
}

/**
 * What can be wrong, worded to follow the variable's name. Messages never contain key material:
 * they end up in logs.
 */
export const PAYLOAD_KEY_PROBLEMS = {
  'keys-missing': { variable: KEYS_VARIABLE, message: `is required when ${ACTIVE_KEY_VARIABLE} is set` },
  'active-missing': { variable: ACTIVE_KEY_VARIABLE, message: `is required when ${KEYS_VARIABLE} is set` },
  malformed: { variable: KEYS_VARIABLE, message: 'must be comma-separated kid:base64key pairs' },
  'invalid-key-id': { variable: KEYS_VARIABLE, message: 'has a key id that is not 1-64 characters of A-Z a-z 0-9 _ . -' },
  'invalid-base64': { variable: KEYS_VARIABLE, message: 'has a key that is not valid base64' },
  'wrong-length': { variable: KEYS_VARIABLE, message: `has a key that is not ${PAYLOAD_KEY_BYTES} bytes after base64 decoding` },
  'duplicate-key-id': { variable: KEYS_VARIABLE, message: 'lists a key id more than once' },
  'unknown-active': { variable: ACTIVE_KEY_VARIABLE, message: `must be one of the key ids in ${KEYS_VARIABLE}` },
} as const satisfies Record<string, { variable: PayloadKeyVariable; message: string }>;

export type PayloadKeyProblem = keyof typeof PAYLOAD_KEY_PROBLEMS;

export class PayloadKeyError extends Error {
  readonly variable: PayloadKeyVariable;

  constructor(
    readonly problem: PayloadKeyProblem,
    /** Where, e.g. `entry 2` or `key id "k2"`; never key material. */
    where?: string,
  ) {
    const { variable, message } = PAYLOAD_KEY_PROBLEMS[problem];
    super(`${variable} ${message}${where ? ` (${where})` : ''}`);
    this.name = 'PayloadKeyError';
    this.variable = variable;
  }
}

/**
 * Reads `PAYLOAD_ENCRYPTION_KEYS` (`kid:base64key,kid:base64key`) and `PAYLOAD_ENCRYPTION_ACTIVE_KEY`.
 * Throws a {@link PayloadKeyError} naming the variable and the entry at fault.
 */
export function parsePayloadKeys(keys: string | undefined, activeKeyId: string | undefined): PayloadKeyring {
  if (!keys) throw new PayloadKeyError('keys-missing');
  const parsed = new Map<string, Buffer>();
  keys.split(',').forEach((raw, index) => {
    const entry = raw.trim();
    const separator = entry.indexOf(':');
    if (separator <= 0) throw new PayloadKeyError('malformed', `entry ${index + 1}`);
    const keyId = entry.slice(0, separator);
    const encoded = entry.slice(separator + 1);
    if (!KEY_ID.test(keyId)) throw new PayloadKeyError('invalid-key-id', `entry ${index + 1}`);
    if (parsed.has(keyId)) throw new PayloadKeyError('duplicate-key-id', `key id "${keyId}"`);
    parsed.set(keyId, decodeKey(encoded, keyId));
  });
  if (!activeKeyId) throw new PayloadKeyError('active-missing');
  if (!parsed.has(activeKeyId)) throw new PayloadKeyError('unknown-active', `known: ${[...parsed.keys()].join(', ')}`);
  return { activeKeyId, keys: parsed };
}

/** The first problem of a key configuration, or undefined when it is usable. */
export function findPayloadKeyProblem(keys: string | undefined, activeKeyId: string | undefined): PayloadKeyProblem | undefined {
  try {
    parsePayloadKeys(keys, activeKeyId);
    return undefined;
  } catch (error) {
    if (error instanceof PayloadKeyError) return error.problem;
    throw error;
  }
}

/**
 * The checks as configuration rules, one per problem, so that each error names its variable without
 * printing the value. Both variables unset passes: whether that is allowed is the caller's rule.
 */
export function payloadKeyRules<C extends { PAYLOAD_ENCRYPTION_KEYS?: string; PAYLOAD_ENCRYPTION_ACTIVE_KEY?: string }>() {
  const problemOf = (c: C) =>
    c.PAYLOAD_ENCRYPTION_KEYS === undefined && c.PAYLOAD_ENCRYPTION_ACTIVE_KEY === undefined
      ? undefined
      : findPayloadKeyProblem(c.PAYLOAD_ENCRYPTION_KEYS, c.PAYLOAD_ENCRYPTION_ACTIVE_KEY);
  return (Object.keys(PAYLOAD_KEY_PROBLEMS) as PayloadKeyProblem[]).map((problem) => ({
    variable: PAYLOAD_KEY_PROBLEMS[problem].variable,
    message: PAYLOAD_KEY_PROBLEMS[problem].message,
    check: (c: C) => problemOf(c) !== problem,
  }));
}

function decodeKey(encoded: string, keyId: string): Buffer {
  // Buffer.from() skips what it cannot read; a round trip shows whether the text was base64 at all.
  const key = Buffer.from(encoded, 'base64');
  if (!BASE64.test(encoded) || key.toString('base64').replace(/=+$/, '') !== encoded.replace(/=+$/, '')) {
    throw new PayloadKeyError('invalid-base64', `key id "${keyId}"`);
  }
  if (key.length !== PAYLOAD_KEY_BYTES) {
    throw new PayloadKeyError('wrong-length', `key id "${keyId}" has ${key.length} bytes`);
  }
  return key;
}
