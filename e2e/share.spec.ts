/**
 * Share links in a real Chromium: a link made in one browser opens the same design in a fresh
 * one, as a new saved design; hostile links are refused with a message and leave the saved
 * designs exactly as they were.
 */
import { deflateRawSync } from 'node:zlib';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { EXAMPLES, REFERENCE_DESIGN, decodeShareLink } from '@stackcanvas/core';
import { savedDesigns } from './pages/canvas';

interface CanvasNode {
  readonly id: string;
  readonly kind: string;
  readonly label: string;
}

/** The service nodes drawn on the canvas: React Flow wrapper id, kind from the test id, label text. */
async function canvasNodes(page: Page): Promise<CanvasNode[]> {
  const nodes = await page
    .getByTestId('canvas')
    .locator('.react-flow__node')
    .evaluateAll((els) =>
      els.flatMap((el) => {
        const inner = el.querySelector('.service-node[data-testid^="node-"]');
        if (!inner) return [];
        return [
          {
            id: el.getAttribute('data-id') ?? '',
            kind: (inner.getAttribute('data-testid') ?? '').slice('node-'.length),
            // A label too long for the node is drawn shortened, with the whole text for screen readers.
            label: (inner.querySelector('.service-node__label .sr-only') ?? inner.querySelector('.service-node__label'))?.textContent ?? '',
          },
        ];
      }),
    );
  return nodes.sort((a, b) => a.id.localeCompare(b.id));
}

async function savedNames(page: Page): Promise<string[]> {
  await page.getByTestId('designs').click();
  const dialog = page.getByTestId('designs-dialog');
  await expect(dialog).toBeVisible({ timeout: 20_000 });
  const names = await dialog.getByTestId('saved-name').allTextContents();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  return names.map((n) => n.trim());
}

function payloadLink(json: string | Buffer): string {
  return `/#d=1.${deflateRawSync(typeof json === 'string' ? Buffer.from(json) : json).toString('base64url')}`;
}

test.describe.configure({ timeout: 120_000 });

test('a link made in one browser opens the same design in a fresh one, as a new saved design', async ({ browser, baseURL }) => {
  const maker = await browser.newContext();
  await maker.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  const page = await maker.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await expect(page.getByTestId('canvas').locator('.react-flow__node').first()).toBeVisible({ timeout: 30_000 });
  // Make it a design that no fresh browser shows by default: add a DAX node to the reference.
  await page.getByTestId('palette-dax').click();
  await expect.poll(async () => (await canvasNodes(page)).length).toBe(REFERENCE_DESIGN.nodes.length + 1);
  const made = await canvasNodes(page);

  await page.getByTestId('tab-share').click();
  await page.getByTestId('share-link').click();
  const url = await page.getByTestId('share-url').inputValue();
  expect(url).toMatch(new RegExp(`^${baseURL}/?#d=1\\.[A-Za-z0-9_-]+$`));
  await expect(page.getByTestId('share-length')).toContainText(url.length.toLocaleString('en-US'));
  await expect(page.getByTestId('share-copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

  // What the link carries, decoded by core in Node: the same ids and kinds as the canvas.
  const decoded = decodeShareLink(url);
  expect(decoded.ok && decoded.design.nodes.map((n) => ({ id: n.id, kind: n.kind })).sort((a, b) => a.id.localeCompare(b.id))).toEqual(
    made.map(({ id, kind }) => ({ id, kind })),
  );

  // A fresh browser: no saved designs, no shared storage.
  const viewer = await browser.newContext();
  const other = await viewer.newPage();
  other.on('pageerror', (e) => errors.push(e.message));
  await other.goto(url);
  await expect.poll(() => canvasNodes(other)).toEqual(made);
  await expect(other.getByTestId('message')).toHaveCount(0);
  // Opened as a new local design named from the link; the link is no longer in the address bar.
  expect(await savedNames(other)).toContain(decoded.ok ? decoded.design.name : '?');
  expect(new URL(other.url()).hash).toBe('');
  // Reloading does not open it a second time.
  const before = await savedDesigns(other);
  await other.reload();
  await expect.poll(() => canvasNodes(other)).toEqual(made);
  expect(await savedDesigns(other)).toEqual(before);

  expect(errors).toEqual([]);
  await maker.close();
  await viewer.close();
});

test('opening a link never overwrites a saved design with the same name', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('canvas').locator('.react-flow__node').first()).toBeVisible({ timeout: 30_000 });
  const first = await savedNames(page);
  // The reference design is already saved under its name; open a link holding the same name.
  const link = payloadLink(
    JSON.stringify({ format: 'stackcanvas.design', version: 1, name: REFERENCE_DESIGN.name, nodes: [{ id: 'only', kind: 's3', label: 'Only bucket' }] }),
  );
  const other = await page.context().newPage();
  await other.goto(link);
  await expect.poll(() => canvasNodes(other)).toEqual([{ id: 'only', kind: 's3', label: 'Only bucket' }]);
  const names = await savedNames(other);
  expect(names.length).toBe(first.length + 1);
  for (const n of first) expect(names).toContain(n);
  expect(names.filter((n) => n.startsWith(REFERENCE_DESIGN.name)).length).toBe(2);
});

async function withSavedDesign(context: BrowserContext): Promise<{ nodes: CanvasNode[]; saved: Record<string, string>; names: string[] }> {
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByTestId('canvas').locator('.react-flow__node').first()).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('palette-rds').click();
  await expect.poll(async () => (await canvasNodes(page)).length).toBe(REFERENCE_DESIGN.nodes.length + 1);
  // Autosave is debounced; wait until the edit is on disk.
  await expect.poll(async () => Object.values(await savedDesigns(page)).some((text) => (text.match(/"kind": "rds"/g) ?? []).length === 2)).toBe(true);
  const result = { nodes: await canvasNodes(page), saved: await savedDesigns(page), names: await savedNames(page) };
  await page.close();
  return result;
}

const hostile: readonly (readonly [string, () => string, RegExp])[] = [
  ['a newer link format', () => '/#d=2.AAAA', /made by a newer Stackcanvas/],
  ['bad base64', () => '/#d=1.not*base64', /the share link is damaged: character "\*"/],
  ['a payload over 64 KB', () => `/#d=1.${'A'.repeat(70_000)}`, /the limit is 64 KB/],
  ['a zip bomb', () => payloadLink(Buffer.alloc(40 * 1024 * 1024, 0x20)), /unpacks to more than 2 MB/],
  ['truncated data', () => payloadLink(JSON.stringify(EXAMPLES[0]!.design)).slice(0, 200), /the share link is damaged/],
  [
    'prototype pollution',
    () => payloadLink('{"format":"stackcanvas.design","version":1,"nodes":[{"id":"a","kind":"s3","props":{"__proto__":{"polluted":true}}}]}'),
    /the key "__proto__" is not allowed/,
  ],
  [
    'an unknown kind',
    () => payloadLink('{"format":"stackcanvas.design","version":1,"nodes":[{"id":"q","kind":"sqs"}]}'),
    /\$\.nodes\[0\]\.kind: unknown kind "sqs"/,
  ],
  [
    'a script in a label',
    () =>
      payloadLink(`{"format":"stackcanvas.design","version":1,"nodes":[{"id":"x","kind":"s3","label":"${'<img src=x onerror=window.pwned=1>'.repeat(10)}"}]}`),
    /\$\.nodes\[0\]\.label/,
  ],
];

for (const [what, make, message] of hostile) {
  test(`hostile link (${what}): refused with a message; the saved designs stay exactly as they were`, async ({ browser }) => {
    test.setTimeout(180_000);
    const context = await browser.newContext();
    const start = await withSavedDesign(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(make());
    const shown = page.locator('[data-testid="message"][data-kind="error"]');
    await expect(shown).toHaveCount(1);
    await expect(shown).toContainText(/Could not open the shared link/);
    await expect(shown).toContainText(message);
    // Not a blank page: the saved design is back on the canvas, and nothing saved has changed.
    await expect.poll(() => canvasNodes(page)).toEqual(start.nodes);
    expect(await savedDesigns(page)).toEqual(start.saved);
    expect(await savedNames(page)).toEqual(start.names);
    expect(await page.evaluate(() => [({} as Record<string, unknown>)['polluted'], (window as unknown as Record<string, unknown>)['pwned']])).toEqual([
      undefined,
      undefined,
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });
}

test('a valid link whose label holds markup shows it as text', async ({ page }) => {
  const label = '<img src=x onerror="window.pwned=1">';
  await page.goto(payloadLink(JSON.stringify({ format: 'stackcanvas.design', version: 1, name: 'markup', nodes: [{ id: 'b', kind: 's3', label }] })));
  await expect.poll(() => canvasNodes(page)).toEqual([{ id: 'b', kind: 's3', label }]);
  expect(await page.evaluate(() => (window as unknown as Record<string, unknown>)['pwned'])).toBeUndefined();
});

test('a link pasted into the address bar of an open app opens too (no reload)', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('canvas').locator('.react-flow__node').first()).toBeVisible({ timeout: 30_000 });
  await page.evaluate(() => ((window as unknown as Record<string, unknown>)['sameDocument'] = true));
  await page.goto(
    payloadLink(
      JSON.stringify({ format: 'stackcanvas.design', version: 1, name: 'pasted', nodes: [{ id: 'cache', kind: 'elasticache', label: 'Pasted cache' }] }),
    ),
  );
  await expect.poll(() => canvasNodes(page)).toEqual([{ id: 'cache', kind: 'elasticache', label: 'Pasted cache' }]);
  expect(await page.evaluate(() => (window as unknown as Record<string, unknown>)['sameDocument'])).toBe(true);
  expect(await savedNames(page)).toContain('pasted');
  await page.goto('/#d=2.AAAA');
  await expect(page.locator('[data-testid="message"][data-kind="error"]')).toContainText(/made by a newer Stackcanvas/);
  await expect.poll(() => canvasNodes(page)).toEqual([{ id: 'cache', kind: 'elasticache', label: 'Pasted cache' }]);
});

test('the Share tab in Korean', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('locale').selectOption('ko');
  await page.getByTestId('tab-share').click();
  await expect(page.getByTestId('share-link')).toHaveText('공유 링크 만들기');
  await page.getByTestId('share-link').click();
  await expect(page.getByTestId('share-length')).toHaveText(/^[\d,]+자$/);
  const url = await page.getByTestId('share-url').inputValue();
  expect(await page.getByTestId('share-length').textContent()).toBe(`${url.length.toLocaleString('ko-KR')}자`);
  // Changing the design afterwards says the link is out of date; making it again clears that.
  await expect(page.getByTestId('share-stale')).toHaveCount(0);
  await page.getByTestId('palette-s3').click();
  await expect(page.getByTestId('share-stale')).toContainText('링크를 다시 만드세요');
  await page.getByTestId('share-link').click();
  await expect(page.getByTestId('share-stale')).toHaveCount(0);
  expect(await page.getByTestId('share-url').inputValue()).not.toBe(url);
});
