/**
 * Writes docs/rules.md from the rules' own metadata (never edit that file by hand):
 * `pnpm exec tsx scripts/gen-rules-doc.ts`. A unit test fails when the file is stale.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rulesMarkdown } from '../packages/core/src/rules/doc';

const file = join(import.meta.dirname, '../docs/rules.md');
writeFileSync(file, rulesMarkdown());
console.log(`wrote ${file}`);
