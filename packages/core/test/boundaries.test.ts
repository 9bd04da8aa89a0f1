import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sources(join(dir, d.name)) : /\.tsx?$/.test(d.name) ? [join(dir, d.name)] : [],
  );
}

it('packages/core imports no React, DOM, zustand or Node built-ins (framework-free and browser-safe)', () => {
  const offenders: string[] = [];
  for (const file of sources(join(__dirname, '../src'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/from\s+['"]([^'"]+)['"]/g)) {
      const spec = m[1]!;
      if (/^(react|react-dom|zustand|zundo|@xyflow\/)/.test(spec) || spec.startsWith('node:') || /^(fs|path|child_process)$/.test(spec)) {
        offenders.push(`${file}: ${spec}`);
      }
    }
    if (/(^|[^.\w])(document|window)\.[a-z]/.test(text)) offenders.push(`${file}: uses the DOM`);
  }
  expect(offenders).toEqual([]);
});
