import { deflateRawSync } from 'node:zlib';
import { REFERENCE_DESIGN, decodeShareLink, encodeShareLink, parseDesign, type Design } from '@stackcanvas/core';
import { syntheticDesign } from './parse.bench';
import type { Benchmark } from './micro';

const BASE = 'http://localhost:5173/';

function design(n: number): Design {
  const r = parseDesign(syntheticDesign(n));
  if (!r.ok) throw new Error('synthetic design is invalid');
  return r.design;
}

export const benchmarks: Benchmark[] = [
  { name: 'share: encode reference architecture', run: () => encodeShareLink(REFERENCE_DESIGN, BASE), iterations: 50 },
  {
    name: 'share: decode reference architecture',
    setup: () => encodeShareLink(REFERENCE_DESIGN, BASE),
    run: (url) => decodeShareLink(url as string),
    iterations: 50,
  },
  { name: 'share: encode 300-node design', setup: () => design(300), run: (d) => encodeShareLink(d as Design, BASE) },
  { name: 'share: decode 300-node design', setup: () => encodeShareLink(design(300), BASE), run: (url) => decodeShareLink(url as string) },
  { name: 'share: refuse a 10 MB link (too large)', setup: () => `#d=1.${'A'.repeat(10 * 1024 * 1024)}`, run: (url) => decodeShareLink(url as string) },
  {
    name: 'share: refuse a zip bomb (62 KB payload, 48 MB inflated)',
    setup: () => `#d=1.${deflateRawSync(Buffer.alloc(48 * 1024 * 1024, 0x20), { level: 9 }).toString('base64url')}`,
    run: (url) => decodeShareLink(url as string),
  },
];
