/**
 * The command framework: the command shape, argument parsing (Node's `util.parseArgs`), exit
 * codes, help and error reporting shared by every command. Exit 0 = success, 1 = the design has
 * errors, 2 = unusable input (one line on stderr, never a stack trace).
 *
 * This module and the command files it lists load nothing of the core: each command's `run`
 * imports what it needs when it runs, so `stackcanvas --help` starts in a few milliseconds.
 */
import { parseArgs } from 'node:util';

export const EXIT_OK = 0;
export const EXIT_DESIGN_ERRORS = 1;
export const EXIT_USAGE = 2;

/** An error whose message is for the user: printed as one line, exit code 2 (or the one given). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_USAGE,
  ) {
    super(message);
  }
}

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
}

/** One option, as `util.parseArgs` takes it (`--name VALUE` for strings, `--name` for booleans). */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  readonly multiple?: boolean;
  readonly default?: string | boolean | string[] | boolean[];
}
export type Options = Readonly<Record<string, OptionSpec>>;

type OptionValue<S extends OptionSpec> = S['type'] extends 'string'
  ? S['multiple'] extends true
    ? string[]
    : string
  : S['multiple'] extends true
    ? boolean[]
    : boolean;

export interface Args<O extends Options> {
  /** The options given (absent ones are undefined unless they have a default). */
  readonly values: { readonly [K in keyof O]?: OptionValue<O[K]> };
  /** Exactly as many as the command's `positionals` names. */
  readonly positionals: readonly string[];
}

/**
 * A command: one file in `commands/`, listed once in `commands/index.ts`. `--help` is generated
 * from `usage` and `summary`; `options` is the `util.parseArgs` options config; `positionals`
 * names the required positional arguments (their count is checked before `run`).
 */
export interface Command<O extends Options = Options> {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  readonly options: O;
  readonly positionals: readonly string[];
  run(args: Args<O>, io: Io): Promise<number> | number;
}

/** Types a command's `run` arguments from its options (`values.json` is a boolean, …). */
export function defineCommand<const O extends Options>(command: Command<O>): Command {
  return command as unknown as Command;
}

/**
 * `util.parseArgs` tokenizes; the checks here turn every misuse into one line that names the
 * command and its usage: an unknown option, a value missing or given to a flag, a wrong number of
 * positional arguments. `--` ends the options, as usual.
 */
export function parseCommandArgs(command: Command, argv: readonly string[]): Args<Options> {
  const { values, positionals, tokens } = parseArgs({
    args: [...argv],
    options: command.options as Record<string, OptionSpec & { default?: never }>,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const usage = `usage: ${command.usage}`;
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const spec = Object.hasOwn(command.options, token.name) ? command.options[token.name] : undefined;
    if (!spec) throw new CliError(`${command.name}: unknown option ${token.rawName}; ${usage}`);
    if (spec.type === 'string') {
      // As strict parseArgs: `--out --to` is a missing value, not a file named "--to" (`--out=--to` is).
      if (token.value === undefined || (!token.inlineValue && token.value.startsWith('-') && token.value !== '-')) {
        throw new CliError(`${command.name}: ${token.rawName} needs a value; ${usage}`);
      }
    } else if (token.inlineValue) {
      throw new CliError(`${command.name}: ${token.rawName} takes no value`);
    }
  }
  if (positionals.length !== command.positionals.length) throw new CliError(`${command.name}: ${usage}`);
  return { values: values as Args<Options>['values'], positionals };
}

export function helpText(commands: readonly Command[]): string {
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

const isHelp = (arg: string) => arg === '--help' || arg === '-h';

/** Runs one command line; every failure is one line on stderr and an exit code of the contract. */
export async function main(commands: readonly Command[], argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || isHelp(name) || name === 'help') {
    io.stdout(helpText(commands));
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  try {
    const command = commands.find((c) => c.name === name);
    if (!command) throw new CliError(`unknown command "${name}"; run "stackcanvas --help" for the list`);
    const end = rest.indexOf('--');
    if ((end < 0 ? rest : rest.slice(0, end)).some(isHelp)) {
      io.stdout(`Usage: ${command.usage}\n  ${command.summary}\n`);
      return EXIT_OK;
    }
    return await command.run(parseCommandArgs(command, rest), io);
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
