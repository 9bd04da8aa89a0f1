import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { componentsMarkdown } from './components-doc';

it('docs/components.md is generated from the catalog and up to date (pnpm exec tsx scripts/gen-components-doc.ts)', () => {
  const onDisk = readFileSync(join(__dirname, '../docs/components.md'), 'utf8');
  expect(onDisk).toBe(componentsMarkdown());
});
