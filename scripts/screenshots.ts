/**
 * Takes the screenshots in docs/img/ from a running app (`pnpm start`, or E2E_PORT):
 * `pnpm exec tsx scripts/screenshots.ts`. Uses Debian's Chromium; downloads nothing.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const port = Number(process.env['E2E_PORT'] ?? 5173);
const shots: { file: string; locale: 'en' | 'ko'; scheme: 'light' | 'dark' }[] = [
  { file: 'docs/img/app-en-light.png', locale: 'en', scheme: 'light' },
  { file: 'docs/img/app-en-dark.png', locale: 'en', scheme: 'dark' },
  { file: 'docs/img/app-ko-light.png', locale: 'ko', scheme: 'light' },
  { file: 'docs/img/app-ko-dark.png', locale: 'ko', scheme: 'dark' },
];

const browser = await chromium.launch({
  executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : process.env['CHROMIUM_PATH'],
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
for (const shot of shots) {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    colorScheme: shot.scheme,
    locale: shot.locale === 'ko' ? 'ko-KR' : 'en-US',
  });
  const page = await context.newPage();
  await page.goto(`http://localhost:${port}/`);
  await page.getByTestId('canvas').locator('.react-flow__node').first().waitFor();
  // Show the inspector on the session store, the chapter's point about sticky sessions.
  await page.getByTestId('canvas').locator('.react-flow__node[data-id="sessions"]').click();
  await page.getByTestId('fit-view').click();
  await page.waitForTimeout(800);
  await page.screenshot({ path: shot.file });
  await context.close();
  console.log(`wrote ${shot.file}`);
}
await browser.close();
