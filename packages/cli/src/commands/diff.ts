/**
 * `stackcanvas diff OLD NEW [--json]`: the change set of updating a stack from OLD to NEW, each a
 * design (its side is its CloudFormation export) or a CloudFormation template (YAML or JSON).
 * Exit 0 when nothing changes, 1 when something does, 2 on unusable input. The text reads like
 * `cdk diff`; `--json` prints exactly the contract's shape.
 */
import { defineCommand } from '../cli';

export const diffCommand = defineCommand({
  name: 'diff',
  usage: 'stackcanvas diff OLD NEW [--json]',
  summary: 'the change set from OLD to NEW (designs or templates), like cdk diff: exit 1 when something changes, 0 when nothing does',
  options: { json: { type: 'boolean' } },
  positionals: ['OLD', 'NEW'],
  async run({ values, positionals: [oldFile, newFile] }, io) {
    const { runDiff } = await import('../lib/diff');
    return runDiff(io.cwd, oldFile!, newFile!, values.json === true, (text) => io.stdout(text));
  },
});
