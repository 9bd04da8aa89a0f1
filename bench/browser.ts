/**
 * Chromium figures on the built site (`vite build`, served by `vite preview`), in headless Debian
 * Chromium launched as the e2e config does. The designs come from the seeded generator and reach
 * the app only through the contract's surfaces: a share link (`/#d=…`) for 1,000 components and
 * the `import-file` input for 5,000 (too large for a link). Each run uses a fresh browser context.
 *
 * - first-load JS: the JavaScript files the browser fetches on opening `/` until the network is
 *   idle, gzip-compressed (zlib level 6, as Vite reports sizes), beside the entry + modulepreload
 *   files named in `index.html`.
 * - open until interactive: from navigation start (or the file pick) to the later of (a) the first
 *   node of the design drawn and (b) the end of the last long task (> 50 ms, PerformanceObserver)
 *   before a full second without one.
 * - drag: one node near the centre of the view dragged in 60 mouse steps; the intervals between
 *   animation frames during the drag (median and 95th percentile; 16.7 ms = 60 fps).
 * - Template tab: from the click on `tab-template` to the first animation frame after the template
 *   panel holds the template's text.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { encodeShareLink, serializeDesign } from '@stackcanvas/core';
import { CHROMIUM_ARGS, chromiumPath, startFrameRecorder, stopFrameRecorder } from '../e2e/browser';
import { generateDesign } from './designs';
import { sample, type Sample } from './stats';

export interface JsFile {
  readonly path: string;
  readonly bytes: number;
  readonly gzip: number;
}

export interface OpenResult {
  readonly firstNodeMs: number;
  readonly interactiveMs: number;
}

export interface DragResult {
  readonly frameMedianMs: number;
  readonly frameP95Ms: number;
  readonly frames: number;
  readonly moveMedianMs: number;
}

export interface Failure {
  readonly failed: string;
}

export interface BrowserResults {
  readonly firstLoad: { readonly observed: readonly JsFile[]; readonly entry: readonly JsFile[] };
  readonly link1000: { readonly bytes: number; readonly open: Sample; readonly firstNode: Sample } | Failure;
  readonly drag1000: { readonly median: Sample; readonly p95: Sample; readonly frames: number } | Failure;
  readonly template1000: Sample | Failure;
  readonly open5000: { readonly open: Sample; readonly firstNode: Sample } | Failure;
  readonly drag5000: { readonly median: Sample; readonly p95: Sample; readonly frames: number } | Failure;
  readonly runs: number;
}

const gz = (buf: Buffer) => gzipSync(buf, { level: 6 }).length;

function jsFile(dist: string, path: string): JsFile {
  const buf = readFileSync(join(dist, path));
  return { path, bytes: buf.length, gzip: gz(buf) };
}

/** The entry script and its modulepreload links, as `index.html` names them. */
function entryFiles(dist: string): JsFile[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const paths = [
    ...[...html.matchAll(/<script[^>]*type="module"[^>]*src="\/?([^"]+\.js)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\/?([^"]+\.js)"/g)].map((m) => m[1]!),
  ];
  return [...new Set(paths)].map((p) => jsFile(dist, p));
}

async function waitForServer(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms`);
}

/** Installed before any page script: long tasks, and when the first node of the generated design is drawn. */
function instrument(): void {
  const w = window as unknown as { __longtasks: { start: number; end: number }[]; __firstNode?: number; __watchFrom?: number };
  w.__longtasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longtasks.push({ start: e.startTime, end: e.startTime + e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no long-task timing: interactive = first node
  }
  // Generated ids end in "-<cell>"; the app's own starting design has none such.
  const generated = /-\d+$/;
  const watch = () => {
    if (w.__firstNode === undefined) {
      for (const el of Array.from(document.querySelectorAll('.react-flow__node'))) {
        if (generated.test(el.getAttribute('data-id') ?? '')) {
          w.__firstNode = performance.now();
          return;
        }
      }
      requestAnimationFrame(watch);
    }
  };
  requestAnimationFrame(watch);
}

/** Waits for the first generated node, then for a quiet second; times are relative to `from` (page clock). */
async function untilInteractive(page: Page, from: number, timeoutMs: number): Promise<OpenResult> {
  await page.waitForFunction(() => (window as unknown as { __firstNode?: number }).__firstNode !== undefined, undefined, { timeout: timeoutMs, polling: 100 });
  const until = Date.now() + timeoutMs;
  for (;;) {
    const { now, lastEnd, first } = await page.evaluate(() => {
      const w = window as unknown as { __longtasks: { end: number }[]; __firstNode: number };
      return { now: performance.now(), lastEnd: Math.max(0, ...w.__longtasks.map((t) => t.end)), first: w.__firstNode };
    });
    if (now - Math.max(lastEnd, first) >= 1000) return { firstNodeMs: first - from, interactiveMs: Math.max(first, lastEnd) - from };
    if (Date.now() > until) throw new Error(`the page did not become quiet within ${timeoutMs} ms`);
    await page.waitForTimeout(100);
  }
}

async function drag(page: Page): Promise<DragResult> {
  const canvas = (await page.getByTestId('canvas').boundingBox())!;
  const target = await page.evaluate(
    ({ cx, cy }) => {
      let best: { x: number; y: number } | null = null;
      let bestD = Infinity;
      for (const el of Array.from(document.querySelectorAll('.react-flow__node'))) {
        if (!/-\d+$/.test(el.getAttribute('data-id') ?? '')) continue;
        const r = el.getBoundingClientRect();
        const d = Math.hypot(r.x + r.width / 2 - cx, r.y + r.height / 2 - cy);
        if (d < bestD) [best, bestD] = [{ x: r.x + r.width / 2, y: r.y + r.height / 2 }, d];
      }
      return best;
    },
    { cx: canvas.x + canvas.width / 2, cy: canvas.y + canvas.height / 2 },
  );
  if (!target) throw new Error('no node of the design is on screen to drag');
  await startFrameRecorder(page);
  await page.mouse.move(target.x, target.y);
  await page.mouse.down();
  const moves: number[] = [];
  for (let i = 1; i <= 60; i++) {
    const t0 = performance.now();
    await page.mouse.move(target.x + i * 4, target.y + i * 2);
    moves.push(performance.now() - t0);
  }
  await page.mouse.up();
  const frames = await stopFrameRecorder(page);
  const f = sample(frames);
  return { frameMedianMs: f.median, frameP95Ms: f.p95, frames: frames.length, moveMedianMs: sample(moves).median };
}

async function templateTab(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const tab = document.querySelector<HTMLElement>('[data-testid="tab-template"]');
    if (!tab) throw new Error('no tab-template');
    const t0 = performance.now();
    tab.click();
    await new Promise<void>((resolve, reject) => {
      const give = performance.now() + 120_000;
      const check = () => {
        const panel = document.querySelector('[data-testid="template-panel"]');
        if (panel?.textContent?.includes('AWSTemplateFormatVersion')) resolve();
        else if (performance.now() > give) reject(new Error('the template did not show within 120 s'));
        else requestAnimationFrame(check);
      };
      check();
    });
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    return performance.now() - t0;
  });
}

async function withContext<T>(browser: Browser, fn: (page: Page, context: BrowserContext) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    // tsx compiles this file with esbuild's keepNames, which wraps named functions in `__name(…)`
    // calls: functions sent to the page need that helper there too.
    await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
    await context.addInitScript(instrument);
    const page = await context.newPage();
    return await fn(page, context);
  } finally {
    await context.close();
  }
}

function failure(e: unknown): Failure {
  return { failed: (e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 300) };
}

export async function measureBrowser(repoRoot: string, port: number, runs: number, log: (s: string) => void): Promise<BrowserResults> {
  const vite = join(repoRoot, 'node_modules/.bin/vite');
  log('  building the site (vite build)');
  const build = spawnSync(vite, ['build', '--logLevel', 'warn'], { cwd: repoRoot, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`vite build failed: ${build.stderr.slice(-2000)}`);
  const dist = join(repoRoot, 'dist');
  const base = `http://localhost:${port}/`;
  const server = spawn(vite, ['preview', '--port', String(port), '--strictPort'], { cwd: repoRoot, stdio: 'ignore' });
  let browser: Browser | undefined;
  try {
    await waitForServer(base, server, 30_000);
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });

    // First load: what the browser fetches to show the app.
    const observed = await withContext(browser, async (page) => {
      const paths = new Set<string>();
      page.on('response', (r) => {
        const path = new URL(r.url()).pathname.replace(/^\//, '');
        if (path.endsWith('.js')) paths.add(path);
      });
      await page.goto(base, { waitUntil: 'networkidle' });
      await page.getByTestId('canvas').waitFor({ timeout: 60_000 });
      await page.waitForTimeout(1500);
      return [...paths].sort().map((p) => jsFile(dist, p));
    });
    const firstLoad = { observed, entry: entryFiles(dist) };
    log(`  first-load JS: ${(observed.reduce((a, f) => a + f.gzip, 0) / 1024).toFixed(1)} KB gzip in ${observed.length} files`);

    const design1000 = generateDesign(1000);
    const link = encodeShareLink(design1000, base);
    const opens: OpenResult[] = [];
    const drags: DragResult[] = [];
    const templates: number[] = [];
    let link1000: BrowserResults['link1000'] | undefined;
    let drag1000: BrowserResults['drag1000'] | undefined;
    let template1000: BrowserResults['template1000'] | undefined;
    for (let i = 0; i < runs; i++) {
      try {
        await withContext(browser, async (page) => {
          await page.goto(link);
          const open = await untilInteractive(page, 0, 120_000);
          opens.push(open);
          const d = await drag(page);
          drags.push(d);
          await page.waitForTimeout(500);
          const t = await templateTab(page);
          templates.push(t);
          log(
            `  1,000 (run ${i + 1}/${runs}): link interactive ${open.interactiveMs.toFixed(0)} ms (first node ${open.firstNodeMs.toFixed(0)} ms); drag frames median ${d.frameMedianMs.toFixed(1)} ms, p95 ${d.frameP95Ms.toFixed(1)} ms; Template tab ${t.toFixed(0)} ms`,
          );
        });
      } catch (e) {
        log(`  1,000 (run ${i + 1}/${runs}) failed: ${failure(e).failed}`);
        link1000 ??= opens.length ? undefined : failure(e);
        drag1000 ??= drags.length ? undefined : failure(e);
        template1000 ??= templates.length ? undefined : failure(e);
      }
    }
    if (opens.length) link1000 = { bytes: link.length, open: sample(opens.map((o) => o.interactiveMs)), firstNode: sample(opens.map((o) => o.firstNodeMs)) };
    if (drags.length) drag1000 = { median: sample(drags.map((d) => d.frameMedianMs)), p95: sample(drags.map((d) => d.frameP95Ms)), frames: drags[0]!.frames };
    if (templates.length) template1000 = sample(templates);

    const design5000 = serializeDesign(generateDesign(5000));
    const opens5: OpenResult[] = [];
    const drags5: DragResult[] = [];
    let open5000: BrowserResults['open5000'] | undefined;
    let drag5000: BrowserResults['drag5000'] | undefined;
    for (let i = 0; i < runs; i++) {
      try {
        await withContext(browser, async (page) => {
          await page.goto(base);
          await page.getByTestId('canvas').waitFor({ timeout: 60_000 });
          await page.waitForTimeout(1000);
          const from = await page.evaluate(() => performance.now());
          await page
            .getByTestId('import-file')
            .setInputFiles({ name: 'bench-5000.stackcanvas.json', mimeType: 'application/json', buffer: Buffer.from(design5000) });
          const open = await untilInteractive(page, from, 300_000);
          opens5.push(open);
          const d = await drag(page);
          drags5.push(d);
          log(
            `  5,000 (run ${i + 1}/${runs}): interactive ${open.interactiveMs.toFixed(0)} ms after the file pick (first node ${open.firstNodeMs.toFixed(0)} ms); drag frames median ${d.frameMedianMs.toFixed(1)} ms, p95 ${d.frameP95Ms.toFixed(1)} ms`,
          );
        });
      } catch (e) {
        log(`  5,000 (run ${i + 1}/${runs}) failed: ${failure(e).failed}`);
        open5000 ??= opens5.length ? undefined : failure(e);
        drag5000 ??= drags5.length ? undefined : failure(e);
      }
    }
    if (opens5.length) open5000 = { open: sample(opens5.map((o) => o.interactiveMs)), firstNode: sample(opens5.map((o) => o.firstNodeMs)) };
    if (drags5.length)
      drag5000 = { median: sample(drags5.map((d) => d.frameMedianMs)), p95: sample(drags5.map((d) => d.frameP95Ms)), frames: drags5[0]!.frames };

    return {
      firstLoad,
      link1000: link1000 ?? { failed: 'not run' },
      drag1000: drag1000 ?? { failed: 'not run' },
      template1000: template1000 ?? { failed: 'not run' },
      open5000: open5000 ?? { failed: 'not run' },
      drag5000: drag5000 ?? { failed: 'not run' },
      runs,
    };
  } finally {
    await browser?.close();
    server.kill();
  }
}
