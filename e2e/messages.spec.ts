/**
 * Messages in real Chromium (issue 15): identical messages merge with a count instead of
 * stacking, information goes away by itself, errors stay until closed (with the keyboard too),
 * and Korean messages name components by their labels with the one particle that fits.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { type CanvasPage, openCanvasEachTest } from './pages/canvas';

let cp: CanvasPage;

openCanvasEachTest((opened) => {
  cp = opened;
});

/** Renames the node `id` through the inspector. */
async function label(page: Page, id: string, text: string): Promise<void> {
  await cp.select(id);
  await page.getByTestId('node-label').fill(text);
  await expect(cp.node(id)).toContainText(text);
}

test('the same refused connection three times is one message ×3, and it stays until closed with the keyboard', async ({ page }) => {
  await cp.openBlank();
  await cp.dropFromPalette('dax', 150, 200);
  await cp.dropFromPalette('s3', 550, 200);
  await label(page, 'dax', 'Catalog cache');
  await label(page, 's3', 'Static files');
  const messages = page.getByTestId('message');
  for (let i = 1; i <= 3; i++) {
    await cp.connect('dax', 's3');
    await expect(messages.first()).toHaveAttribute('data-count', String(i));
  }
  await expect(messages).toHaveCount(1);
  const message = messages.first();
  await expect(message).toHaveAttribute('data-kind', 'error');
  // Named by the labels the user gave, not by the ids.
  await expect(message).toContainText('Catalog cache cannot connect to Static files: DAX can only read through to DynamoDB.');
  await expect(message.getByTestId('message-count')).toContainText('×3');
  await expect(cp.edges()).toHaveCount(0);
  // An error does not go away by itself: still there well after an information would have gone.
  await page.waitForTimeout(8000);
  await expect(messages).toHaveCount(1);
  // Its close button is a real button: focused and pressed from the keyboard, it closes it.
  const close = message.getByTestId('message-dismiss');
  await expect(close).toHaveAccessibleName('Dismiss');
  await close.focus();
  await page.keyboard.press('Enter');
  await expect(messages).toHaveCount(0);
});

test('an information goes away by itself after a few seconds', async ({ page }) => {
  const text = readFileSync(new URL('../examples/static-site.stackcanvas.json', import.meta.url), 'utf8');
  await page.getByTestId('import-file').setInputFiles({ name: 'static-site.stackcanvas.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  const info = page.locator('[data-testid="message"][data-kind="info"]');
  await expect(info).toHaveText(/Opened the design "static-site" as a new design\./);
  const shownAt = Date.now();
  await expect(info).toHaveCount(0, { timeout: 20_000 });
  const after = Date.now() - shownAt;
  expect(after).toBeGreaterThan(3000);
  expect(after).toBeLessThan(15_000);
});

test('Korean messages pick the particle by the label: 세션은 after a consonant, 캐시는 after a vowel, never both forms', async ({ page }) => {
  await cp.openBlank();
  await page.getByTestId('locale').selectOption('ko');
  await cp.dropFromPalette('elasticache', 150, 120);
  await cp.dropFromPalette('dax', 150, 360);
  await cp.dropFromPalette('s3', 600, 240);
  await label(page, 'elasticache', '세션');
  await label(page, 'dax', '캐시');
  await label(page, 's3', '정적 파일');
  await cp.connect('elasticache', 's3');
  await cp.connect('dax', 's3');
  const messages = page.getByTestId('message');
  await expect(messages).toHaveCount(2);
  await expect(messages.nth(0)).toContainText('세션은 정적 파일에 연결할 수 없습니다. ElastiCache는 다른 서비스를 호출하지 않습니다.');
  await expect(messages.nth(1)).toContainText('캐시는 정적 파일에 연결할 수 없습니다. DAX는 DynamoDB로만');
  for (const text of await messages.allTextContents()) {
    expect(text).not.toMatch(/\((은|는|이|가|을|를)\)|은\/는|을\/를|이\/가/);
    expect(text).not.toContain('elasticache');
  }
  // The messages follow the language: back in English, the same two say it in English.
  await page.getByTestId('locale').selectOption('en');
  await expect(messages.nth(0)).toContainText('세션 cannot connect to 정적 파일: ElastiCache does not call other services');
  // Screen-reader labels of edges are translated and name the labels, too.
  await page.getByTestId('locale').selectOption('ko');
  await cp.dropFromPalette('dynamodb', 600, 420);
  await label(page, 'dynamodb', '상품 테이블');
  await cp.connect('dax', 'dynamodb');
  await expect(cp.edges()).toHaveCount(1);
  await expect(cp.edges().first()).toHaveAttribute('aria-label', /^캐시에서 상품 테이블로 가는 연결: /);
  await expect(cp.edges().first()).toHaveAttribute('aria-roledescription', '연결');
});
