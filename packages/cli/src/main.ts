#!/usr/bin/env node
/**
 * `pnpm --silent stackcanvas <command>`: the entry point of the built CLI
 * (`packages/cli/dist/stackcanvas.mjs`, bundled by `packages/cli/build.mjs`). Any failure becomes
 * one line on stderr and an exit code of the contract; a stack trace is never shown.
 */
import { EXIT_USAGE, main, type Io } from './cli';
import { commands } from './commands/index';

// A reader that stops early (`stackcanvas unlink URL | head -1`) closes the pipe: stop quietly, no stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    process.exit(e.code === 'EPIPE' ? (process.exitCode ?? 0) : EXIT_USAGE);
  });
}

const io: Io = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  // The root script `pnpm stackcanvas` runs in the workspace root; pnpm passes the directory it
  // was called from as INIT_CWD, and paths are the caller's. Run any other way (the `bin`), the
  // working directory is the caller's own (an INIT_CWD inherited from some other script is not).
  cwd: (process.env['npm_lifecycle_event'] === 'stackcanvas' && process.env['INIT_CWD']) || process.cwd(),
};
main(commands, process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.stderr.write('stackcanvas: internal error\n');
    process.exitCode = EXIT_USAGE;
  },
);
