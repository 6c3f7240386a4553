import { describe, expect, it } from 'vitest';
import { jsonbText } from './jsonb-text.js';

describe('jsonbText', () => {
  it('writes keys by length, then by bytes, with a space after every comma and colon', () => {
    expect(jsonbText({ personList: 'ab', filter: {}, b: [1, 2], aa: true, a: null })).toBe('{"a": null, "b": [1, 2], "aa": true, "filter": {}, "personList": "ab"}');
  });

  it('sorts keys by their UTF-8 bytes, so a key with an umlaut is as long as two letters and after them', () => {
    expect(jsonbText({ ä: 1, ab: 2, b: 3 })).toBe('{"b": 3, "ab": 2, "ä": 1}');
  });

  it('leaves out what JSON leaves out, as the locked append sends it', () => {
    expect(jsonbText({ a: undefined, b: [undefined] })).toBe('{"b": [null]}');
  });

  it('is not sure of fractions, large numbers, U+0000 and lone surrogates, and says so with null', () => {
    expect(jsonbText({ ratio: 0.5 })).toBeNull();
    expect(jsonbText({ n: 2 ** 53 })).toBeNull();
    expect(jsonbText({ s: 'a\u0000b' })).toBeNull();
    expect(jsonbText({ s: 'a\ud800b' })).toBeNull();
    expect(jsonbText(undefined)).toBeNull();
  });

  it('keeps a surrogate pair, which is one character', () => {
    expect(jsonbText({ s: '😀' })).toBe('{"s": "😀"}');
  });
});
