import { EXAMPLES, encodeShareLink } from '@stackcanvas/core';
import { describe, expect, it } from 'vitest';
import { renderText } from '../i18n/index';
import { readShareLink } from './link';

/** A link built with the platform's CompressionStream and btoa (independent of core's encoder). */
async function linkOf(json: string): Promise<string> {
  const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `#d=1.${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

describe('readShareLink (start-up)', () => {
  it('opens a link written by another encoder', async () => {
    const r = readShareLink(await linkOf('{"format":"stackcanvas.design","version":1,"name":"tiny","nodes":[{"id":"b","kind":"s3"}]}'));
    expect(r && 'design' in r && r.design.nodes.map((n) => [n.id, n.kind])).toEqual([['b', 's3']]);
    expect(r && 'design' in r && r.design.name).toBe('tiny');
  });

  it('null when the hash holds no link', () => {
    expect(readShareLink('')).toBeNull();
    expect(readShareLink('#')).toBeNull();
    expect(readShareLink('#section-2')).toBeNull();
  });

  it.each(EXAMPLES.map((e) => [e.id, e.design] as const))('%s: the design of a link made by the app', (_id, design) => {
    const url = encodeShareLink(design, 'http://localhost:5173/');
    expect(readShareLink(url.slice(url.indexOf('#')))).toEqual({ design });
  });

  it('a refused link gives one clear sentence, in either language', async () => {
    const said = (hash: string, locale: 'en' | 'ko') => {
      const r = readShareLink(hash);
      return r && 'error' in r ? renderText(r.error, locale) : null;
    };
    expect(said('#d=2.AAAA', 'en')).toMatch(/^Could not open the shared link: the share link is format 2, made by a newer Stackcanvas/);
    expect(said('#d=2.AAAA', 'ko')).toMatch(/^공유 링크를 열 수 없습니다: .*더 새로운 Stackcanvas/);
    const proto = await linkOf('{"format":"stackcanvas.design","version":1,"nodes":[],"__proto__":{"x":1}}');
    expect(said(proto, 'en')).toMatch(/the key "__proto__" is not allowed/);
    expect(said(`#d=1.${'A'.repeat(70_000)}`, 'en')).toMatch(/the limit is 64 KB/);
  });
});
