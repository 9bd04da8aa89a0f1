/**
 * The work of `stackcanvas diff OLD NEW [--json]` (loaded by the command when it runs): the change set of updating a stack from OLD to NEW, each a
 * design (its side is its CloudFormation export) or a CloudFormation template (YAML or JSON).
 * Exit 0 when nothing changes, 1 when something does, 2 on unusable input. The text reads like
 * `cdk diff`; `--json` prints exactly the contract's shape.
 */
import { parseDesign, summarizeErrors } from '@stackcanvas/core';
import { CfnExportError, toCloudFormation } from '@stackcanvas/core/cfn';
import { detect, loadUntrusted, MAX_IMPORT_BYTES } from '@stackcanvas/core/import';
import {
  causesText,
  changeSetJson,
  checkTemplate,
  diffTemplates,
  hasChanges,
  type ChangeDetail,
  type ChangeSet,
  type ResourceChange,
  type TemplateLike,
} from '@stackcanvas/core/changeset';
import { CliError, EXIT_DESIGN_ERRORS, EXIT_OK } from '../cli';
import { readTextFile } from './files';

/** A design's export or a template, as a plain JSON tree. */
function readSide(cwd: string, file: string): TemplateLike {
  const loaded = loadUntrusted(readTextFile(cwd, file, MAX_IMPORT_BYTES), 'file');
  if (!loaded.ok) throw new CliError(`${file}: ${loaded.error.message}`);
  const kind = detect(loaded.value);
  if (kind === 'design') {
    const parsed = parseDesign(loaded.value);
    if (!parsed.ok) throw new CliError(`${file}: ${summarizeErrors(parsed.errors)}`);
    try {
      return JSON.parse(JSON.stringify(toCloudFormation(parsed.design))) as TemplateLike;
    } catch (e) {
      if (e instanceof CfnExportError) throw new CliError(`${file}: the design cannot be exported: ${e.message}`);
      throw e;
    }
  }
  if (kind === 'unknown') throw new CliError(`${file}: this is neither a Stackcanvas design nor a CloudFormation template (no "format" and no Resources)`);
  const problem = checkTemplate(loaded.value);
  if (problem) throw new CliError(`${file}: ${problem}`);
  return loaded.value as TemplateLike;
}

const MAX_VALUE = 240;

function show(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

const PREFIX = { Add: '[+]', Remove: '[-]', Modify: '[~]', Dynamic: '[?]' } as const;

function impact(change: ResourceChange, set: ChangeSet): string {
  if (change.action === 'Remove') {
    const retained = set.findings.some((f) => f.logicalId === change.logicalId && f.code === 'SC-CS-006');
    return retained ? ' orphan' : ' destroy';
  }
  if (change.action === 'Dynamic') return ' (resources known only at deploy time)';
  if (change.replacement === 'True') return ' replace';
  if (change.replacement === 'Conditional') return ' may be replaced';
  return '';
}

function detailNote(d: ChangeDetail): string {
  const why = d.evaluation === 'Dynamic' || d.replacement === 'Conditional' ? causesText(d.causes).en : '';
  if (d.replacement === 'True') return ' (requires replacement)';
  if (d.replacement === 'Conditional') return ` (may cause replacement: ${why})`;
  return d.evaluation === 'Dynamic' ? ` (may change: ${why})` : '';
}

function printDetail(out: string[], d: ChangeDetail, last: boolean): void {
  out.push(` ${last ? '└' : '├'}─ [~] ${d.path}${detailNote(d)}`);
  const indent = ` ${last ? ' ' : '│'}   `;
  const old = d.resolved ? d.resolved.old : d.old;
  const now = d.resolved ? d.resolved.new : d.new;
  const via = d.resolved
    ? ` (resolved from ${d.causes
        .filter((c) => c.kind === 'mapping')
        .map((c) => `Mappings.${c.name}`)
        .join(', ')})`
    : '';
  if (JSON.stringify(old) === JSON.stringify(now)) return;
  if (old === null) out.push(`${indent}└─ [+] ${show(now)}${via}`);
  else if (now === null) out.push(`${indent}└─ [-] ${show(old)}${via}`);
  else {
    out.push(`${indent}├─ [-] ${show(old)}`);
    out.push(`${indent}└─ [+] ${show(now)}${via}`);
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The paths (`.dev.WebMaxSize`) where two mappings differ, with both values. */
function changedLeaves(a: unknown, b: unknown, path = ''): [string, unknown, unknown][] {
  if (!isRecord(a) || !isRecord(b)) return JSON.stringify(a) === JSON.stringify(b) ? [] : [[path || '.', a, b]];
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return keys.flatMap((k) => changedLeaves(a[k], b[k], `${path}.${k}`));
}

function humanText(set: ChangeSet): string {
  const out: string[] = [];
  if (set.changes.length) {
    out.push('Resources');
    for (const c of set.changes) {
      out.push(`${PREFIX[c.action]} ${c.resourceType} ${c.logicalId}${impact(c, set)}`);
      c.details.forEach((d, i) => printDetail(out, d, i === c.details.length - 1));
    }
    out.push('');
  }
  const sections = [...new Set(set.sections.map((s) => s.section))];
  for (const section of sections) {
    out.push(section);
    for (const s of set.sections.filter((x) => x.section === section)) {
      const name = section === s.name ? section : `${section.replace(/s$/, '')} ${s.name}`;
      if (s.action !== 'Modify') {
        out.push(`${s.action === 'Add' ? '[+]' : '[-]'} ${name}: ${show(s.action === 'Add' ? s.new : s.old)}`);
        continue;
      }
      const leaves = changedLeaves(s.old, s.new);
      if (leaves.length > 12 || !leaves.length) {
        out.push(`[~] ${name}: ${show(s.old)} to ${show(s.new)}`);
        continue;
      }
      out.push(`[~] ${name}`);
      leaves.forEach(([path, a, b], i) => {
        const tree = i === leaves.length - 1 ? '└' : '├';
        out.push(
          ` ${tree}─ [${a === undefined ? '+' : b === undefined ? '-' : '~'}] ${path}: ${a === undefined ? show(b) : b === undefined ? show(a) : `${show(a)} to ${show(b)}`}`,
        );
      });
    }
    out.push('');
  }
  if (set.findings.length) {
    out.push('Findings');
    for (const f of set.findings) out.push(`${f.severity.padEnd(7)} ${f.code}  ${f.en}`);
    out.push('');
  }
  if (!hasChanges(set)) return 'There were no differences\n';
  const count = (action: string) => set.changes.filter((c) => c.action === action).length;
  const replaced = set.changes.filter((c) => c.replacement === 'True').length;
  const maybe = set.changes.filter((c) => c.replacement === 'Conditional').length;
  const severity = (s: string) => set.findings.filter((f) => f.severity === s).length;
  const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  out.push(
    `${plural(set.changes.length, 'resource change')}: ${count('Add')} to add, ${count('Modify')} to modify (${replaced} replaced, ${maybe} maybe), ${count('Remove')} to remove` +
      `${count('Dynamic') ? `, ${count('Dynamic')} dynamic` : ''}; ${plural(set.sections.length, 'other change')}; ${plural(severity('error'), 'error')}, ${plural(severity('warning'), 'warning')}`,
  );
  return `${out.join('\n')}\n`;
}

/** Prints the change set from `oldFile` to `newFile`; exit 1 when something changes, 0 when nothing does. */
export function runDiff(cwd: string, oldFile: string, newFile: string, json: boolean, stdout: (text: string) => void): number {
  const before = readSide(cwd, oldFile);
  const after = readSide(cwd, newFile);
  const set = diffTemplates(before, after);
  stdout(json ? `${JSON.stringify(changeSetJson(set))}\n` : humanText(set));
  return hasChanges(set) ? EXIT_DESIGN_ERRORS : EXIT_OK;
}
