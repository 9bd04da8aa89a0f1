/**
 * The command framework in process (no spawn): `util.parseArgs` behind one-line errors, the
 * registry's shape, the generated help. The spawned tests (validate.test.ts …) run the same
 * framework through the built CLI.
 */
import { describe, expect, it } from 'vitest';
import { defineCommand, EXIT_OK, EXIT_USAGE, helpText, main, parseCommandArgs, type Io } from '../src/cli';
import { commands } from '../src/commands/index';

const probe = defineCommand({
  name: 'probe',
  summary: 'echo what was parsed',
  usage: 'stackcanvas probe FILE [--json] [--out PATH]',
  options: { json: { type: 'boolean' }, out: { type: 'string' }, tag: { type: 'string', multiple: true } },
  positionals: ['FILE'],
  run({ values, positionals }, io) {
    io.stdout(JSON.stringify({ values, positionals }));
    return EXIT_OK;
  },
});

async function run(argv: string[], list = [probe]) {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: process.cwd() };
  const code = await main(list, argv, io);
  return { code, stdout, stderr };
}

describe('argument parsing (util.parseArgs)', () => {
  it('reads flags, values (spaced or inline), repeated options and positionals in any order', () => {
    expect(parseCommandArgs(probe, ['--json', 'a.json', '--out', 'x.yaml'])).toEqual({ values: { json: true, out: 'x.yaml' }, positionals: ['a.json'] });
    expect(parseCommandArgs(probe, ['--out=x=y.yaml', 'a.json'])).toEqual({ values: { out: 'x=y.yaml' }, positionals: ['a.json'] });
    expect(parseCommandArgs(probe, ['a.json', '--tag', 'p', '--tag=q']).values).toEqual({ tag: ['p', 'q'] });
    // A value that looks like an option must be given inline; `--` ends the options.
    expect(parseCommandArgs(probe, ['a.json', '--out=--odd'])).toEqual({ values: { out: '--odd' }, positionals: ['a.json'] });
    expect(parseCommandArgs(probe, ['--', '--json'])).toEqual({ values: {}, positionals: ['--json'] });
    expect(parseCommandArgs(probe, ['a.json', '--out', '-'])).toEqual({ values: { out: '-' }, positionals: ['a.json'] });
  });

  it.each([
    [['a.json', '--yaml'], 'probe: unknown option --yaml; usage: stackcanvas probe FILE [--json] [--out PATH]'],
    [['a.json', '-x'], 'probe: unknown option -x; usage: stackcanvas probe FILE [--json] [--out PATH]'],
    [['a.json', '--out'], 'probe: --out needs a value; usage: stackcanvas probe FILE [--json] [--out PATH]'],
    [['a.json', '--out', '--json'], 'probe: --out needs a value; usage: stackcanvas probe FILE [--json] [--out PATH]'],
    [['a.json', '--json=yes'], 'probe: --json takes no value'],
    [[], 'probe: usage: stackcanvas probe FILE [--json] [--out PATH]'],
    [['a.json', 'b.json'], 'probe: usage: stackcanvas probe FILE [--json] [--out PATH]'],
  ])('%j is refused with one line and exit 2', async (argv, message) => {
    const r = await run(['probe', ...argv]);
    expect(r).toEqual({ code: EXIT_USAGE, stdout: '', stderr: `stackcanvas: ${message}\n` });
  });

  it('--help or -h anywhere before `--` prints the command usage, and runs nothing', async () => {
    for (const argv of [['--help'], ['a.json', '-h'], ['--yaml', '--help']]) {
      expect(await run(['probe', ...argv])).toEqual({
        code: EXIT_OK,
        stdout: 'Usage: stackcanvas probe FILE [--json] [--out PATH]\n  echo what was parsed\n',
        stderr: '',
      });
    }
    expect((await run(['probe', '--', '--help'])).stdout).toBe('{"values":{},"positionals":["--help"]}');
  });

  it('an error thrown by a command that is not a CliError is one line, exit 2, never a stack trace', async () => {
    const broken = defineCommand({ ...probe, name: 'broken', run: () => Promise.reject(new Error('boom\n    at somewhere (x.js:1:1)')) });
    expect(await run(['broken', 'a'], [broken])).toEqual({ code: EXIT_USAGE, stdout: '', stderr: 'stackcanvas: internal error: boom\n' });
  });
});

describe('the command registry', () => {
  it('lists each command once, with the whole shape', () => {
    const names = commands.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['validate', 'export', 'import', 'link', 'unlink']));
    for (const c of commands) {
      expect(c.usage.startsWith(`stackcanvas ${c.name} `)).toBe(true);
      expect(c.summary.length).toBeGreaterThan(10);
      expect(typeof c.run).toBe('function');
      // Every option the usage shows is one parseArgs knows, and the other way round.
      const shown = [...c.usage.matchAll(/--([a-z][a-z-]*)/g)].map((m) => m[1]).sort();
      expect(shown).toEqual(Object.keys(c.options).sort());
      for (const p of c.positionals) expect(c.usage).toContain(p);
    }
  });

  it('--help is generated from it: one line per command, in the list order', () => {
    const text = helpText(commands);
    const lines = text.split('\n').filter((l) => l.startsWith('  stackcanvas '));
    expect(lines.map((l) => l.trim().split(/\s+/)[1])).toEqual(commands.map((c) => c.name));
    for (const c of commands) expect(text).toContain(c.summary);
  });
});
