/**
 * Durable autosave in a real Chromium: an edit made 500 ms before the browser is killed (SIGKILL,
 * no chance to flush) is there when it starts again on the same profile; two tabs on one design
 * say so and lose no edit; a full storage is said by a banner that stays until a save works, and
 * a design opened meanwhile is never what the database points at.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { encodeShareLink, REFERENCE_DESIGN } from '@stackcanvas/core';
import { CHROMIUM_ARGS, chromiumPath } from './browser';
import { CanvasPage, storedDesigns } from './pages/canvas';

async function rename(page: Page, name: string) {
  const input = page.getByTestId('design-name');
  await input.fill(name);
  await input.press('Enter');
}

const saveState = (page: Page) => page.getByTestId('save-state');

test.describe('a killed browser', () => {
  let profile = '';
  let proc: ChildProcess | null = null;
  test.beforeEach(() => {
    profile = mkdtempSync(join(tmpdir(), 'stackcanvas-kill-'));
  });
  test.afterEach(() => {
    if (proc?.pid && proc.exitCode === null) process.kill(-proc.pid, 'SIGKILL');
    rmSync(profile, { recursive: true, force: true });
  });

  /** Debian's Chromium on `profile`, in its own process group; connected over the DevTools protocol. */
  async function launch(): Promise<{ browser: Browser; proc: ChildProcess }> {
    const exe = chromiumPath() ?? chromium.executablePath();
    rmSync(join(profile, 'DevToolsActivePort'), { force: true });
    const child = spawn(exe, [...CHROMIUM_ARGS, `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'], {
      detached: true,
      stdio: 'ignore',
    });
    let port = '';
    for (let i = 0; i < 300 && !port; i++) {
      try {
        port = readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0]!.trim();
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    expect(port, 'Chromium wrote its DevTools port').not.toBe('');
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    return { browser, proc: child };
  }

  test('an edit 500 ms before SIGKILL is there after a restart on the same profile', async ({ baseURL }) => {
    test.setTimeout(120_000);
    let { browser, proc: p } = await launch();
    proc = p;
    let page = await browser.contexts()[0]!.newPage();
    await page.goto(baseURL!);
    await expect(page.getByTestId('canvas').locator('.react-flow__node').first()).toBeVisible({ timeout: 30_000 });
    await expect(saveState(page)).toHaveAttribute('data-state', 'saved');
    const name = `killed-${Date.now()}`;
    await rename(page, name);
    await page.waitForTimeout(500);
    process.kill(-p.pid!, 'SIGKILL');
    await new Promise<void>((resolve) => (p.exitCode !== null || p.signalCode !== null ? resolve() : p.once('exit', () => resolve())));
    await browser.close().catch(() => undefined);

    ({ browser, proc: p } = await launch());
    proc = p;
    page = await browser.contexts()[0]!.newPage();
    await page.goto(baseURL!);
    await expect(page.getByTestId('design-name')).toHaveValue(name, { timeout: 30_000 });
    await expect(saveState(page)).toHaveAttribute('data-state', 'saved');
    await browser.close().catch(() => undefined);
    process.kill(-p.pid!, 'SIGKILL');
  });
});

test('two tabs on one design: each says so, follows the other, and no edit is lost', async ({ context }) => {
  test.setTimeout(120_000);
  const a = new CanvasPage(await context.newPage());
  await a.goto();
  await a.openBlank();
  await expect(saveState(a.page)).toHaveAttribute('data-state', 'saved');
  const b = new CanvasPage(await context.newPage());
  await b.goto();
  await expect(b.page.getByTestId('design-name')).toHaveValue(await a.page.getByTestId('design-name').inputValue());
  await expect(b.page.getByTestId('tab-conflict')).toBeVisible();
  await expect(a.page.getByTestId('tab-conflict')).toBeVisible();

  // An edit in each tab, one after the other: each shows up in the other.
  await a.dropFromPalette('s3', 200, 200);
  await expect(b.node('s3')).toBeVisible();
  await b.dropFromPalette('elasticache', 500, 200);
  await expect(a.node('elasticache')).toBeVisible();
  // Edits in both at once: whichever way they meet, both are kept (one design, or the later as a copy).
  await Promise.all([a.dropFromPalette('dynamodb', 200, 400), b.dropFromPalette('rds', 500, 400)]);
  await expect(saveState(a.page)).toHaveAttribute('data-state', 'saved');
  await expect(saveState(b.page)).toHaveAttribute('data-state', 'saved');
  await expect
    .poll(async () => {
      const texts = (await storedDesigns(a.page)).records.map((r) => r.text);
      return ['"kind": "s3"', '"kind": "elasticache"', '"kind": "dynamodb"', '"kind": "rds"'].every((k) => texts.some((t) => t.includes(k)));
    })
    .toBe(true);
  // Nothing was lost on the way: the design with the most edits holds the first two.
  const { records } = await storedDesigns(a.page);
  expect(records.some((r) => r.text.includes('"kind": "s3"') && r.text.includes('"kind": "elasticache"'))).toBe(true);
});

const FAIL_PUTS = `
  window.__failPuts = false;
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (...args) {
    if (window.__failPuts) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  };
`;
const setFailing = (page: Page, on: boolean) => page.evaluate((v) => ((window as unknown as { __failPuts: boolean }).__failPuts = v), on);

test('a full storage: the banner stays until a save works, offers the design, and nothing is lost', async ({ page }) => {
  await page.addInitScript({ content: FAIL_PUTS });
  const cp = new CanvasPage(page);
  await cp.goto();
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved');
  await setFailing(page, true);
  const banner = page.getByTestId('storage-banner');
  for (const name of ['full-1', 'full-2', 'full-3']) {
    await rename(page, name);
    await expect(banner).toBeVisible();
    await expect(saveState(page)).toHaveAttribute('data-state', 'failed');
    await page.waitForTimeout(300);
    await expect(banner).toBeVisible();
  }
  await expect(banner).toContainText('the browser storage is full');
  const download = page.waitForEvent('download');
  await banner.getByTestId('storage-banner-download').click();
  expect((await download).suggestedFilename()).toBe('full-3.stackcanvas.json');
  expect((await storedDesigns(page)).records.map((r) => r.name)).not.toContain('full-3');

  await setFailing(page, false);
  await rename(page, 'full-4');
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved');
  await expect(banner).toBeHidden();
  await page.reload();
  await expect(page.getByTestId('design-name')).toHaveValue('full-4');
});

test('a share link opened while the storage is full stays in the page; the database keeps pointing at a stored design', async ({ page, baseURL }) => {
  await page.addInitScript({ content: FAIL_PUTS });
  const cp = new CanvasPage(page);
  await cp.goto();
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved');
  const before = await storedDesigns(page);
  expect(before.current).not.toBeNull();
  await setFailing(page, true);
  const link = encodeShareLink({ ...REFERENCE_DESIGN, name: 'shared-while-full' }, `${baseURL}/`);
  await page.evaluate((hash) => (location.hash = hash), link.slice(link.indexOf('#')));
  await expect(page.getByTestId('design-name')).toHaveValue('shared-while-full');
  await expect(page.getByTestId('storage-banner')).toBeVisible();
  const during = await storedDesigns(page);
  expect(during.current).toBe(before.current);
  expect(during.records.map((r) => r.id)).toContain(during.current);
  // Saving works again: the retry stores the shared design, and only then points at it.
  await setFailing(page, false);
  await page.getByTestId('storage-banner-retry').click();
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved');
  await expect(page.getByTestId('storage-banner')).toBeHidden();
  const after = await storedDesigns(page);
  expect(after.records.find((r) => r.id === after.current)?.name).toBe('shared-while-full');
});

test('without IndexedDB (private mode) the app opens, edits work, and the banner says designs are not saved', async ({ page }) => {
  await page.addInitScript({ content: "Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });" });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const cp = new CanvasPage(page);
  await cp.goto();
  await expect(cp.nodes().first()).toBeVisible();
  const banner = page.getByTestId('storage-banner');
  await expect(banner).toHaveAttribute('data-reason', 'unavailable');
  await expect(banner).toContainText('Designs are not saved in this browser');
  await expect(saveState(page)).toHaveAttribute('data-state', 'failed');
  await rename(page, 'private');
  await expect(page.getByTestId('design-name')).toHaveValue('private');
  await page.getByTestId('locale').selectOption('ko');
  await expect(banner).toContainText('이 브라우저에서는 설계가 저장되지 않습니다');
  expect(errors).toEqual([]);
});
