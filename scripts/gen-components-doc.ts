/**
 * Writes docs/components.md from the component catalog (never edit that file by hand):
 * `pnpm exec tsx scripts/gen-components-doc.ts`. A unit test fails when the file is stale.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { componentsMarkdown } from './components-doc';

const file = join(import.meta.dirname, '../docs/components.md');
writeFileSync(file, componentsMarkdown());
console.log(`wrote ${file}`);
