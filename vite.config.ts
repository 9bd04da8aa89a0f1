import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { bundledExamples } from './app/build/examples.ts';
import { kindIcons } from './app/build/kind-icons.ts';
import { linkPreload } from './app/build/link-preload.ts';
import { referenceDiagnostics } from './app/build/reference-diagnostics.ts';

// The app lives in app/; the static site is written to dist/ at the repo root.
export default defineConfig({
  root: 'app',
  base: './',
  plugins: [react(), kindIcons(), referenceDiagnostics(), bundledExamples(), linkPreload()],
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
    rolldownOptions: {
      output: {
        codeSplitting: {
          // React, React Flow and the stores: always part of the first load, so one file (one
          // gzip stream) rather than the pieces the app's own chunks would otherwise split off.
          groups: [
            {
              name: 'framework',
              test: /node_modules[\\/]\.pnpm[\\/](react|react-dom|scheduler|@xyflow|d3-|zustand|zundo|use-sync-external-store|classcat)[@+]/,
              priority: 2,
            },
            // The app's own part of the first load: every module the entry imports statically, in one
            // file too. Left to itself rolldown splits off each module a lazy part shares (~20 files
            // of under 1 KB), and separate files compress ~5 KB worse than one.
            { name: 'app', tags: ['$initial'], priority: 1 },
          ],
        },
      },
    },
  },
});
