import { defineConfig } from 'vitest/config';
import { bundledExamples } from './app/build/examples.ts';
import { kindIcons } from './app/build/kind-icons.ts';
import { referenceDiagnostics } from './app/build/reference-diagnostics.ts';

export default defineConfig({
  plugins: [kindIcons(), referenceDiagnostics(), bundledExamples()],
  test: {
    include: ['scripts/**/*.test.ts', 'app/build/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'packages/*/src/**/*.test.ts', 'app/src/**/*.test.{ts,tsx}'],
    environment: 'node',
    // What the app loads on demand (Korean texts, the traffic model) is at hand in the tests.
    setupFiles: ['app/src/test-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
