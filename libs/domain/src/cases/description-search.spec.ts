import { createHmac } from 'node:crypto';
import { descriptionBigrams, descriptionSearchTokens, KeyedHash, normaliseDescription } from './description-search';

const hmacUnder =
  (key: string): KeyedHash =>
  (data) =>
    createHmac('sha256', Buffer.from(key)).update(data).digest();
const key = hmacUnder('a search key of the test, 32 bytes');
const otherKey = hmacUnder('another search key, also 32 bytes');

/** Whether every token of the search is among the description's (what the GIN `@>` answers). */
const finds = (description: string, q: string, hash: KeyedHash = key) => {
  const stored = new Set(descriptionSearchTokens(description, hash));
  const wanted = descriptionSearchTokens(q, hash);
  return wanted.length > 0 && wanted.every((t) => stored.has(t));
};

describe('description search tokens (the blind index of a case description)', () => {
  it('Chinese text becomes its pairs of neighbouring characters, punctuation dropped', () => {
    expect(descriptionBigrams('电机异响，骑行时咔咔响')).toEqual(['电机', '机异', '异响', '响骑', '骑行', '行时', '时咔', '咔咔', '咔响']);
    expect(descriptionBigrams('充电器发烫')).toEqual(['充电', '电器', '器发', '发烫']);
  });

  it('mixed Latin and Chinese text is lower-cased, with spaces and symbols dropped', () => {
    expect(descriptionBigrams('EB200 刹车 Pad!')).toEqual(['eb', 'b2', '20', '00', '0刹', '刹车', '车p', 'pa', 'ad']);
  });

  it.each([
    ['full-width letters and digits', 'ＥＢ２００', 'eb200'],
    ['full-width punctuation and spaces', '电机，　异响。', '电机异响'],
    ['upper case', 'Brake NOISE', 'brakenoise'],
    ['symbols and emoji', '电池~~ 😡 鼓包!!', '电池鼓包'],
  ])('normalises %s', (_label, text, normalised) => {
    expect(normaliseDescription(text)).toBe(normalised);
  });

  it('counts characters, not UTF-16 units: a character outside the basic plane is one', () => {
    expect(descriptionBigrams('𠀀𠀁')).toEqual(['𠀀𠀁']);
    expect(descriptionSearchTokens('𠀀', key)).toEqual([]);
  });

  it('tokens are deterministic under one key, differ under another, and never contain the text', () => {
    const tokens = descriptionSearchTokens('电机异响，骑行时咔咔响', key);
    expect(descriptionSearchTokens('电机异响，骑行时咔咔响', key)).toEqual(tokens);
    expect(tokens).toHaveLength(9);
    expect(tokens.every((t) => /^-?\d{1,19}$/.test(t) && BigInt(t) >= -(2n ** 63n) && BigInt(t) < 2n ** 63n)).toBe(true);
    expect([...tokens].sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1))).toEqual(tokens);
    const other = descriptionSearchTokens('电机异响，骑行时咔咔响', otherKey);
    expect(other.filter((t) => tokens.includes(t))).toEqual([]);
  });

  it('a repeated pair is one token', () => {
    expect(descriptionSearchTokens('响响响响', key)).toHaveLength(1);
  });

  it.each([
    ['a single character', '异'],
    ['a single character among spaces and punctuation', ' 异，'],
    ['punctuation only', '，。！'],
    ['nothing', ''],
  ])('a search text shorter than two letters or digits has no token: %s', (_label, q) => {
    expect(descriptionSearchTokens(q, key)).toEqual([]);
  });

  it.each([
    ['电机异响，骑行时咔咔响', '异响', true],
    ['电机异响，骑行时咔咔响', '异 响', true],
    ['电机异响，骑行时咔咔响', '异响骑行', true],
    ['电机异响，骑行时咔咔响', '充电器', false],
    ['充电器发烫', '充电器', true],
    ['充电器发烫', '发热', false],
    ['EB200 brake pad worn', 'BRAKE', true],
    ['EB200 brake pad worn', 'ｅｂ２００', true],
    ['EB200 brake pad worn', 'break', false],
  ])('%s is found by %s: %s', (description, q, found) => {
    expect(finds(description, q)).toBe(found);
  });

  it('tokens under one key do not find a description indexed under another', () => {
    const stored = new Set(descriptionSearchTokens('充电器发烫', key));
    expect(descriptionSearchTokens('充电器', otherKey).some((t) => stored.has(t))).toBe(false);
  });

  it('refuses a hash shorter than a token', () => {
    expect(() => descriptionSearchTokens('异响', () => new Uint8Array(4))).toThrow(/gave 4 bytes/);
  });
});
