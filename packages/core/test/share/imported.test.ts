/**
 * Share links of designs imported from real AWS sample templates (../shared/fixtures/aws-samples):
 * verbatim cfn-resource properties, intrinsic functions and template extras survive a link.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, decodeShareLink, encodeShareLink, normalizeSharedDesign } from '@stackcanvas/core';
import { importAndLayout } from '@stackcanvas/core/import';
import { toCfnJson } from '@stackcanvas/core/cfn';

const dir = join(__dirname, '../../../../../shared/fixtures/aws-samples');
const fixtures = existsSync(dir)
  ? readdirSync(dir)
      .filter((f) => /\.(ya?ml|json)$/.test(f))
      .sort()
  : [];

describe.runIf(fixtures.length > 0)('share links of imported AWS sample templates', () => {
  it.each(fixtures)('%s: unlink(link(import(t))) equals the imported design (positions rounded)', async (file) => {
    const imported = await importAndLayout(readFileSync(join(dir, file), 'utf8'));
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    const url = encodeShareLink(imported.design, 'http://localhost:5173/');
    const back = decodeShareLink(url);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.design).toEqual(normalizeSharedDesign(imported.design));
    // The CloudFormation it exports is the same, byte for byte.
    expect(toCfnJson(back.design)).toBe(toCfnJson(imported.design));
    console.log(`${file}: ${imported.design.nodes.length} nodes, link ${url.length} characters`);
  });
});

describe('the examples export the same template after a link', () => {
  it.each(EXAMPLES.map((e) => [e.id, e.design] as const))('%s', (_id, d) => {
    const back = decodeShareLink(encodeShareLink(d, 'http://localhost:5173/'));
    expect(back.ok && toCfnJson(back.design)).toBe(toCfnJson(d));
  });
});
