import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './browser';

const port = Number(process.env['E2E_PORT'] ?? 5173);
/** The built site (`vite build` into dist-e2e/, served by `vite preview`) for the `built` project. */
const builtPort = Number(process.env['E2E_BUILT_PORT'] ?? port + 1);
/**
 * What the `built` project runs again on the built site: the parts loaded on demand (tabs, import,
 * share links, the inspector) and the first use, since the build's chunks are not the dev server's
 * modules. The dev-server-only spec (lazy-failure, which blocks module URLs) is not among them.
 */
const BUILT_SPECS = /(app-shell|first-use|share|template|cdk|changeset|import|kinds|traffic)\.spec\.ts$/;
/**
 * Specs that time frames and main-thread tasks: they run in the `timing` project, alone (one
 * worker) and after the others, so a test running beside them on the 2 cores does not starve their
 * frames. Run one of them by itself with `--project=timing --no-deps`.
 */
const TIMING_SPECS = /(import-responsive|canvas-perf)\.spec\.ts$/;
const ci = !!process.env['CI'];
/** Debian's Chromium at the e2e viewport, for every project. */
const CHROMIUM = {
  ...devices['Desktop Chrome'],
  viewport: { width: 1440, height: 900 },
  launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
};

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: ci ? 2 : undefined,
  retries: ci ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: ci ? [['list']] : [['list']],
  outputDir: '../test-results',
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    acceptDownloads: true,
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: TIMING_SPECS,
      use: CHROMIUM,
    },
    {
      name: 'built',
      testMatch: BUILT_SPECS,
      use: { ...CHROMIUM, baseURL: `http://localhost:${builtPort}` },
    },
    {
      name: 'timing',
      testMatch: TIMING_SPECS,
      dependencies: ['chromium', 'built'],
      workers: 1,
      use: CHROMIUM,
    },
  ],
  webServer: [
    {
      command: `pnpm exec vite --port ${port} --strictPort`,
      cwd: '..',
      url: `http://localhost:${port}`,
      reuseExistingServer: !ci,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `pnpm exec vite build --logLevel warn --outDir ../dist-e2e && pnpm exec vite preview --outDir ../dist-e2e --port ${builtPort} --strictPort`,
      cwd: '..',
      url: `http://localhost:${builtPort}`,
      reuseExistingServer: !ci,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
