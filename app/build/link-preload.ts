/**
 * A share link's code, fetched from the first byte of the page. Opening a link needs the codec
 * (`app/src/share/link.ts`: inflate, the design parser), the rules and every kind's traffic facet
 * before the design is drawn, and the app only asks for them once its own JavaScript has run
 * (~200 ms on the 2-core machine). This plugin writes a small inline script at the top of the built
 * `index.html` that, when the address holds a link (`d=`, as `readLinkEarly` tests), adds a
 * `modulepreload` for each of those chunks and their imports, so they are fetched and compiled while
 * the app's own files load. A page without a link fetches nothing more.
 */
import type { IndexHtmlTransformContext, Plugin } from 'vite';

/** The modules whose chunks a link opening awaits (`main.tsx`, `store/startup.ts`). */
export const LINK_MODULES: readonly RegExp[] = [
  /app\/src\/share\/link\.ts$/,
  /packages\/core\/src\/rules\/index\.ts$/,
  /packages\/core\/src\/catalog\/[^/]+\/traffic\.ts$/,
];

interface ChunkLike {
  readonly type: 'chunk';
  readonly fileName: string;
  readonly isEntry: boolean;
  readonly moduleIds: readonly string[];
  readonly imports: readonly string[];
}

/**
 * The files to preload: the chunks holding one of `modules`, with the chunks they import
 * statically, minus the entry and what it imports (the page loads those anyway). Sorted.
 */
export function linkPreloadFiles(bundle: Readonly<Record<string, { type: string }>>, modules: readonly RegExp[] = LINK_MODULES): string[] {
  const chunks = new Map<string, ChunkLike>();
  for (const [name, c] of Object.entries(bundle)) if (c.type === 'chunk') chunks.set(name, c as ChunkLike);
  const closure = (roots: Iterable<string>) => {
    const seen = new Set<string>();
    const visit = (name: string) => {
      if (seen.has(name)) return;
      seen.add(name);
      for (const i of chunks.get(name)?.imports ?? []) visit(i);
    };
    for (const r of roots) visit(r);
    return seen;
  };
  const initial = closure([...chunks.values()].filter((c) => c.isEntry).map((c) => c.fileName));
  const wanted = closure(
    [...chunks.values()].filter((c) => c.moduleIds.some((id) => modules.some((m) => m.test(id.replace(/\\/g, '/'))))).map((c) => c.fileName),
  );
  return [...wanted].filter((f) => !initial.has(f)).sort();
}

/** The inline script: preloads `files` (relative to the page) when the address holds a share link. */
export function linkPreloadScript(files: readonly string[]): string {
  return `if(location.hash.includes('d=')){for(const f of ${JSON.stringify(files.map((f) => `./${f}`))}){const l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=f;document.head.appendChild(l)}}`;
}

export function linkPreload(): Plugin {
  return {
    name: 'stackcanvas-link-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html: string, ctx: IndexHtmlTransformContext) {
        if (!ctx.bundle) return undefined;
        const files = linkPreloadFiles(ctx.bundle);
        if (!files.length) throw new Error('link-preload: no chunk holds the share-link codec (app/src/share/link.ts): update LINK_MODULES');
        return [{ tag: 'script', children: linkPreloadScript(files), injectTo: 'head-prepend' as const }];
      },
    },
  };
}
