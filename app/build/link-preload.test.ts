import { describe, expect, it } from 'vitest';
import { linkPreloadFiles, linkPreloadScript } from './link-preload';

const chunk = (fileName: string, moduleIds: string[], imports: string[] = [], isEntry = false) => ({ type: 'chunk', fileName, isEntry, moduleIds, imports });

describe('link preload', () => {
  const bundle = {
    'assets/app.js': chunk('assets/app.js', ['/r/app/src/main.tsx'], ['assets/framework.js', 'assets/shared.js'], true),
    'assets/framework.js': chunk('assets/framework.js', ['/r/node_modules/react/index.js']),
    'assets/shared.js': chunk('assets/shared.js', ['/r/packages/core/src/model/ops.ts']),
    'assets/link.js': chunk('assets/link.js', ['/r/app/src/share/link.ts'], ['assets/parse.js', 'assets/shared.js']),
    'assets/parse.js': chunk('assets/parse.js', ['/r/packages/core/src/model/parse.ts'], ['assets/zod.js']),
    'assets/zod.js': chunk('assets/zod.js', ['/r/node_modules/zod/index.js']),
    'assets/rules.js': chunk('assets/rules.js', ['/r/packages/core/src/rules/index.ts'], ['assets/parse.js']),
    'assets/dax-traffic.js': chunk('assets/dax-traffic.js', ['/r/packages/core/src/catalog/dax/traffic.ts']),
    'assets/cdk.js': chunk('assets/cdk.js', ['/r/packages/core/src/cdk/index.ts'], ['assets/zod.js']),
    'assets/style.css': { type: 'asset' },
  };

  it('lists the chunks a link opening awaits and what they import, without the first load', () => {
    expect(linkPreloadFiles(bundle)).toEqual(['assets/dax-traffic.js', 'assets/link.js', 'assets/parse.js', 'assets/rules.js', 'assets/zod.js']);
  });

  it('finds nothing when no chunk holds those modules (the build then fails loudly)', () => {
    expect(linkPreloadFiles({ 'assets/app.js': bundle['assets/app.js'] })).toEqual([]);
  });

  it('writes a script that preloads only when the address holds a link', () => {
    const script = linkPreloadScript(['assets/link.js']);
    const added: { rel: string; href: string }[] = [];
    const run = (hash: string) =>
      new Function('location', 'document', script)(
        { hash },
        { createElement: () => ({}), head: { appendChild: (l: { rel: string; href: string }) => added.push(l) } },
      );
    run('');
    run('#x=1');
    expect(added).toEqual([]);
    run('#d=1.abc');
    expect(added).toEqual([{ rel: 'modulepreload', crossOrigin: '', href: './assets/link.js' }]);
  });
});
