#!/usr/bin/env node
/**
 * `pnpm --silent stackcanvas <command>`: the entry point. Any failure becomes one line on stderr
 * and an exit code of the contract; a stack trace is never shown.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CliError, EXIT_OK, EXIT_USAGE, parseArgs, type Io } from './cli';
import { commands } from './commands/index';

export function helpText(): string {
  const width = Math.max(...commands.map((c) => c.usage.length));
  const lines = commands.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`);
  return [
    'Stackcanvas: design AWS caching architectures and export CloudFormation or CDK.',
    '',
    'Usage: pnpm --silent stackcanvas <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Exit codes: 0 success, 1 the design has errors, 2 unusable input (message on stderr).',
    '',
  ].join('\n');
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText());
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const command = commands.find((c) => c.name === name);
  try {
    if (!command) throw new CliError(`unknown command "${name}"; run "stackcanvas --help" for the list`);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(`Usage: ${command.usage}\n  ${command.summary}\n`);
      return EXIT_OK;
    }
    return await command.run(parseArgs(rest, command), io);
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr(`stackcanvas: ${e.message}\n`);
      return e.exitCode;
    }
    const message = e instanceof Error ? e.message : String(e);
    io.stderr(`stackcanvas: internal error: ${message.split('\n')[0]}\n`);
    return EXIT_USAGE;
  }
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  const io: Io = {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.env['INIT_CWD'] ?? process.cwd(),
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.stderr.write('stackcanvas: internal error\n');
      process.exitCode = EXIT_USAGE;
    },
  );
}
