import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { bundledExamples } from './app/build/examples.ts';
import { kindIcons } from './app/build/kind-icons.ts';
import { referenceDiagnostics } from './app/build/reference-diagnostics.ts';

// The app lives in app/; the static site is written to dist/ at the repo root.
export default defineConfig({
  root: 'app',
  base: './',
  plugins: [react(), kindIcons(), referenceDiagnostics(), bundledExamples()],
  server: {
    port: Number(process.env['PORT'] ?? 5173),
    strictPort: true,
    fs: { allow: ['..'] },
  },
  preview: { port: Number(process.env['PORT'] ?? 4173), strictPort: true },
  worker: { format: 'es' },
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1024,
  },
});
