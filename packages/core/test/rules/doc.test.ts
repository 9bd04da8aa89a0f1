import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { RULES } from '../../src/index';
import { rulesMarkdown } from '../../src/rules/doc';

const file = join(__dirname, '../../../../docs/rules.md');

it('docs/rules.md is generated from the rules and up to date (pnpm exec tsx scripts/gen-rules-doc.ts)', () => {
  expect(readFileSync(file, 'utf8')).toBe(rulesMarkdown());
});

it('docs/rules.md documents every rule with its link', () => {
  const text = readFileSync(file, 'utf8');
  for (const r of RULES) {
    expect(text).toContain(`### ${r.id}`);
    expect(text).toContain(r.docsUrl);
  }
});
