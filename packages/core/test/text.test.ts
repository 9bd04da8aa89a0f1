import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, findDuplicateJsonKey, invalidUtf8Offset, loneSurrogateIndex, parseJsonStrict, stripBom } from '../src/model/text';

const fatal = new TextDecoder('utf-8', { fatal: true });
function decodes(bytes: Uint8Array): boolean {
  try {
    fatal.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

describe('invalid UTF-8 is found with its byte offset', () => {
  it('agrees with a fatal TextDecoder on random bytes, and the offset is the first bad byte', () => {
    for (let n = 0; n < 3000; n++) {
      // Mostly valid text with a few random bytes spliced in, so both outcomes are common.
      const text = Buffer.from(`ab 가나 € ${'x'.repeat(n % 7)} 😀`, 'utf8');
      const bytes = Buffer.concat([text, randomBytes(n % 3), text]);
      const offset = invalidUtf8Offset(bytes);
      expect(offset === -1, bytes.toString('hex')).toBe(decodes(bytes));
      if (offset >= 0) {
        // Everything before the offset is well-formed; the sequence starting there is not.
        expect(decodes(bytes.subarray(0, offset))).toBe(true);
        expect(decodes(bytes.subarray(0, offset + 4))).toBe(false);
      }
    }
  });

  it('names the offset of an overlong form, a surrogate, a cut sequence and a stray continuation byte', () => {
    expect(invalidUtf8Offset(Uint8Array.from([0x61, 0xc0, 0xaf]))).toBe(1); // overlong "/"
    expect(invalidUtf8Offset(Uint8Array.from([0x61, 0x62, 0xed, 0xa0, 0x80]))).toBe(2); // U+D800 encoded
    expect(invalidUtf8Offset(Uint8Array.from([0x61, 0xe2, 0x82]))).toBe(1); // € cut short
    expect(invalidUtf8Offset(Uint8Array.from([0x80]))).toBe(0);
    expect(invalidUtf8Offset(Uint8Array.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // past U+10FFFF
    expect(decodeUtf8(Uint8Array.from([0x7b, 0xff, 0x7d]))).toEqual({ ok: false, offset: 1, byte: 0xff });
  });

  it('accepts and drops a BOM', () => {
    expect(decodeUtf8(Uint8Array.from([0xef, 0xbb, 0xbf, 0x7b, 0x7d]))).toEqual({ ok: true, text: '{}' });
    expect(stripBom('\ufeff{}')).toBe('{}');
  });
});

describe('strict JSON', () => {
  it('finds a key repeated in one object, at any depth, compared as JSON decodes it', () => {
    expect(findDuplicateJsonKey('{"a":1,"b":2}')).toBeUndefined();
    expect(findDuplicateJsonKey('{"a":{"a":1},"b":[{"a":1},{"a":2}]}')).toBeUndefined();
    expect(findDuplicateJsonKey('{"a":1,"a":2}')).toMatchObject({ key: 'a', offset: 7, first: 1 });
    expect(findDuplicateJsonKey('{"x":[{"k":1,"k":2}]}')).toMatchObject({ key: 'k' });
    expect(findDuplicateJsonKey('{"a":1,"\\u0061":2}')).toMatchObject({ key: 'a' });
    // A string value holding quotes, braces and what looks like a key is only a value.
    expect(findDuplicateJsonKey('{"a":"\\"a\\": {\\"a\\"","b":"a"}')).toBeUndefined();
  });

  it('refuses a repeated section with its line and column, where JSON.parse keeps the last', () => {
    const text = '{\n  "Resources": {"A": {"Type": "AWS::S3::Bucket"}},\n  "Resources": {}\n}';
    expect(Object.keys((JSON.parse(text) as { Resources: object }).Resources)).toEqual([]); // the silent loss
    const r = parseJsonStrict(text);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.message).toBe('duplicate key "Resources" at line 3, column 3 (first at line 2)');
  });

  it('accepts a BOM, and reports a syntax error as JSON.parse does', () => {
    expect(parseJsonStrict('\ufeff{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
    const r = parseJsonStrict('{"a":');
    expect(r.ok || r.duplicate).toBeFalsy();
  });

  it('checks a 4 MB template in well under two seconds', () => {
    const resources: Record<string, unknown> = {};
    for (let i = 0; i < 18_000; i++)
      resources[`Bucket${i}`] = { Type: 'AWS::S3::Bucket', Properties: { BucketName: `b-${i}`, Tags: [{ Key: 'k', Value: 'vé' }] } };
    const text = JSON.stringify({ Resources: resources }, null, 2);
    expect(text.length).toBeGreaterThan(3_000_000);
    const start = performance.now();
    expect(parseJsonStrict(text).ok).toBe(true);
    expect(performance.now() - start).toBeLessThan(2_000);
  });
});

describe('lone surrogates', () => {
  it('finds an unpaired half and passes pairs', () => {
    expect(loneSurrogateIndex('정적 자산 😀')).toBe(-1);
    expect(loneSurrogateIndex('ab\ud800')).toBe(2);
    expect(loneSurrogateIndex('\udc00ab')).toBe(0);
    expect(loneSurrogateIndex('😀\ude00')).toBe(2);
    // What TextEncoder would do with it: a replacement character, silently.
    expect(new TextDecoder().decode(new TextEncoder().encode('a\ud800'))).toBe('a\ufffd');
  });
});
