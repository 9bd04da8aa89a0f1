import { EXAMPLES, REFERENCE_DESIGN } from '@stackcanvas/core';
import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { bundledExamples } from './examples';

/** What the plugin writes for `id` in a build. */
async function built(id: string): Promise<unknown> {
  const plugin = bundledExamples() as Plugin & { configResolved(c: unknown): void; resolveId(id: string): string; load(id: string): Promise<string> };
  plugin.configResolved({ command: 'build' });
  const code = await plugin.load(plugin.resolveId(id));
  const m = /^export const \w+ = (.*);$/s.exec(code);
  expect(m).not.toBeNull();
  return JSON.parse(m![1]!);
}

describe('the bundled examples written out at build time', () => {
  it('are core parseDesign results, value for value', async () => {
    expect(await built('virtual:stackcanvas/reference-design')).toStrictEqual(JSON.parse(JSON.stringify(REFERENCE_DESIGN)));
    expect(await built('virtual:stackcanvas/reference-design')).toEqual(REFERENCE_DESIGN);
    expect(await built('virtual:stackcanvas/examples')).toEqual(EXAMPLES);
  });
});
