import { defineConfig } from 'vitest/config';
import { kindIcons } from './app/build/kind-icons.ts';
import { referenceDiagnostics } from './app/build/reference-diagnostics.ts';

export default defineConfig({
  plugins: [kindIcons(), referenceDiagnostics()],
  test: {
    include: ['scripts/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'packages/*/src/**/*.test.ts', 'app/src/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
