/**
 * Whole-process figures, each the wall time of one child process from spawn to exit:
 * `pnpm --silent stackcanvas --help`, and the export of a 100-component design beside
 * `cdk synth` of its CDK app (the app `stackcanvas export --to cdk` writes, run offline the way
 * `cdk synth` runs it: the `app` command of its cdk.json, with its context, in a folder that links
 * the workspace's node_modules), measured in alternation so both see the same machine load.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeDesign } from '@stackcanvas/core';
import { loadCfnYaml } from '@stackcanvas/core/cfn';
import { generateDesign } from './designs';
import { sample, type Sample } from './stats';

export interface ProcessResults {
  readonly nodeBaseline: Sample;
  readonly pnpmBaseline: Sample;
  readonly help: Sample;
  readonly exportYaml: Sample;
  readonly exportCdk: Sample;
  readonly synth: Sample;
  readonly synthResources: number;
  readonly exportResources: number;
  readonly components: number;
}

function timed(
  cmd: string,
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
  shell = false,
): { ms: number; r: SpawnSyncReturns<string> } {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', shell, maxBuffer: 256 * 1024 * 1024 });
  return { ms: performance.now() - t0, r };
}

function mustSucceed(what: string, r: SpawnSyncReturns<string>): void {
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status}): ${(r.stderr || r.stdout || String(r.error)).slice(-2000)}`);
}

const cli = (repoRoot: string, args: readonly string[]) => timed('pnpm', ['--silent', 'stackcanvas', ...args], repoRoot);

export function measureHelp(repoRoot: string, runs: number, log: (s: string) => void): Pick<ProcessResults, 'help' | 'nodeBaseline' | 'pnpmBaseline'> {
  const help: number[] = [];
  const node: number[] = [];
  const pnpm: number[] = [];
  // One untimed run of each, then alternate so that the three see the same load.
  cli(repoRoot, ['--help']);
  for (let i = 0; i < runs; i++) {
    const h = cli(repoRoot, ['--help']);
    mustSucceed('stackcanvas --help', h.r);
    if (!h.r.stdout.includes('Commands:')) throw new Error(`stackcanvas --help printed no command list: ${h.r.stdout.slice(0, 200)}`);
    help.push(h.ms);
    node.push(timed(process.execPath, ['-e', '0'], repoRoot).ms);
    pnpm.push(timed('pnpm', ['--silent', 'exec', 'node', '-e', '0'], repoRoot).ms);
  }
  const results = { help: sample(help), nodeBaseline: sample(node), pnpmBaseline: sample(pnpm) };
  log(
    `  --help ${results.help.median.toFixed(0)} ms; node -e 0 ${results.nodeBaseline.median.toFixed(0)} ms; pnpm exec node -e 0 ${results.pnpmBaseline.median.toFixed(0)} ms`,
  );
  return results;
}

export function measureExportVsSynth(
  repoRoot: string,
  components: number,
  runs: number,
  log: (s: string) => void,
): Pick<ProcessResults, 'exportYaml' | 'exportCdk' | 'synth' | 'synthResources' | 'exportResources' | 'components'> {
  const dir = mkdtempSync(join(tmpdir(), 'stackcanvas-bench-'));
  try {
    const designFile = join(dir, `bench-${components}.stackcanvas.json`);
    writeFileSync(designFile, serializeDesign(generateDesign(components)));
    const exportYaml: number[] = [];
    const exportCdk: number[] = [];
    const synth: number[] = [];
    let synthResources = 0;
    let exportResources = 0;
    for (let i = 0; i < runs; i++) {
      const yamlOut = join(dir, `template-${i}.yaml`);
      const y = cli(repoRoot, ['export', designFile, '--to', 'cfn-yaml', '--out', yamlOut]);
      mustSucceed('stackcanvas export --to cfn-yaml', y.r);
      exportYaml.push(y.ms);
      exportResources = Object.keys((loadCfnYaml(readFileSync(yamlOut, 'utf8')) as { Resources: object }).Resources).length;

      const app = join(dir, `app-${i}`);
      const c = cli(repoRoot, ['export', designFile, '--to', 'cdk', '--out', app]);
      mustSucceed('stackcanvas export --to cdk', c.r);
      exportCdk.push(c.ms);

      // What `cdk synth` runs: the app command of cdk.json, with its context, offline.
      symlinkSync(join(repoRoot, 'node_modules'), join(app, 'node_modules'), 'dir');
      const cdkJson = JSON.parse(readFileSync(join(app, 'cdk.json'), 'utf8')) as { app: string; context?: Record<string, unknown> };
      const outdir = join(dir, `cdk.out-${i}`);
      mkdirSync(outdir);
      // The CDK CLI sets CDK_DEFAULT_REGION from the profile or AWS_REGION; the app needs one (its main stack's Region: one where DAX exists, as the CDK tests use).
      const env = {
        ...process.env,
        CDK_DEFAULT_REGION: process.env['CDK_DEFAULT_REGION'] ?? 'ap-northeast-1',
        CDK_OUTDIR: outdir,
        CDK_CONTEXT_JSON: JSON.stringify(cdkJson.context ?? {}),
      };
      const s = timed(cdkJson.app, [], app, env, true);
      mustSucceed(`cdk synth (${cdkJson.app})`, s.r);
      synth.push(s.ms);
      const file = readdirSync(outdir).find((f) => f.endsWith('.template.json') && !f.includes('us-east-1'));
      if (!file) throw new Error(`cdk synth wrote no template: ${readdirSync(outdir).join(', ')}`);
      synthResources = Object.keys((JSON.parse(readFileSync(join(outdir, file), 'utf8')) as { Resources: object }).Resources).length;
      log(`  round ${i + 1}/${runs}: export cfn-yaml ${y.ms.toFixed(0)} ms, export cdk ${c.ms.toFixed(0)} ms, cdk synth ${s.ms.toFixed(0)} ms`);
    }
    return { exportYaml: sample(exportYaml), exportCdk: sample(exportCdk), synth: sample(synth), synthResources, exportResources, components };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
