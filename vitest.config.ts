import { defineConfig } from 'vitest/config';
import { bundledExamples } from './app/build/examples.ts';
import { kindIcons } from './app/build/kind-icons.ts';
import { referenceDiagnostics } from './app/build/reference-diagnostics.ts';

export default defineConfig({
  plugins: [kindIcons(), referenceDiagnostics(), bundledExamples()],
  test: {
    include: ['scripts/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'packages/*/src/**/*.test.ts', 'app/src/**/*.test.{ts,tsx}'],
    environment: 'node',
    // The app's Korean texts load on demand (`loadLocale`); the tests have both languages at hand.
    setupFiles: ['app/src/i18n/test-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
