/**
 * The browser the e2e tests and the Chromium benchmarks share: Debian's Chromium per the contract,
 * launched with the same flags, and the animation-frame recorder both time drags with.
 */
import { existsSync } from 'node:fs';
import type { Page } from '@playwright/test';

/**
 * /usr/bin/chromium when present (Debian package `chromium`), else CHROMIUM_PATH, else Playwright's
 * own browser (a developer laptop). Nothing is downloaded here.
 */
export function chromiumPath(): string | undefined {
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return process.env['CHROMIUM_PATH'] || undefined;
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Starts recording the intervals between animation frames in the page. */
export async function startFrameRecorder(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __stop: boolean };
    w.__frames = [];
    w.__stop = false;
    let last = performance.now();
    const tick = (now: number) => {
      w.__frames.push(now - last);
      last = now;
      if (!w.__stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** Stops the recorder; the frame intervals without the first two (the recorder's own start). */
export async function stopFrameRecorder(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __stop: boolean };
    w.__stop = true;
    return w.__frames.slice(2);
  });
}
