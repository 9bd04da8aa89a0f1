/**
 * The command framework: argument parsing, exit codes and error reporting shared by every
 * command. Exit 0 = success, 1 = the design has errors, 2 = unusable input (one line on stderr).
 */
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

export interface ParsedArgs {
  readonly positional: readonly string[];
  readonly flags: Readonly<Record<string, string | true>>;
}

export interface Command {
  readonly name: string;
  readonly usage: string;
  readonly summary: string;
  /** Flags the command accepts; `true` = takes a value. */
  readonly flags: Readonly<Record<string, boolean>>;
  readonly minArgs: number;
  readonly maxArgs: number;
  run(args: ParsedArgs, io: Io): Promise<number> | number;
}

export function parseArgs(argv: readonly string[], command: Command): ParsedArgs {
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--') && arg.length > 2) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      if (!Object.prototype.hasOwnProperty.call(command.flags, name)) {
        throw new CliError(`${command.name}: unknown option --${name}; usage: ${command.usage}`);
      }
      if (command.flags[name]) {
        const value = inline ?? argv[++i];
        if (value === undefined) throw new CliError(`${command.name}: --${name} needs a value; usage: ${command.usage}`);
        flags[name] = value;
      } else {
        if (inline !== undefined) throw new CliError(`${command.name}: --${name} takes no value`);
        flags[name] = true;
      }
    } else {
      positional.push(arg);
    }
  }
  if (positional.length < command.minArgs || positional.length > command.maxArgs) {
    throw new CliError(`${command.name}: usage: ${command.usage}`);
  }
  return { positional, flags };
}
