/**
 * What "everything we write reads back" means for one design, as a list of problems (empty: it
 * reads back):
 * - validate and export agree: no error from `validate` ⇔ the CloudFormation export succeeds (the
 *   CLI's `export` refuses a design with errors before exporting, so a design `validate` passes
 *   must export);
 * - a design that exports reads back: export → import → export gives the same bytes, in YAML and
 *   in JSON (the main stack and its us-east-1 companion), and the import passes `validate`;
 * - its share link opens: decode(encode(d)) is the design (normalized as links carry it).
 */
import { CfnExportError, cfnTemplateText, exportStacks, type CfnStacks } from '../../src/cfn/index';
import { importTemplate } from '../../src/import/index';
import type { Design } from '../../src/model/types';
import { validate } from '../../src/rules/index';
import { decodeShareLink, encodeShareLink, normalizeSharedDesign } from '../../src/share/index';

export type ProblemClass =
  'validate-export-disagree' | 'export-throws' | 'import-refused' | 'import-invalid' | 'round-trip-differs' | 'link-refused' | 'link-differs';

export interface Problem {
  readonly class: ProblemClass;
  readonly detail: string;
}

const stacksText = (s: CfnStacks, format: 'yaml' | 'json') =>
  [s.main.template, ...(s.usEast1 ? [s.usEast1.template] : [])].map((t) => cfnTemplateText(t, format));

/** The first line where two texts differ, for the report. */
export function firstDifference(a: string, b: string): string {
  const la = a.split('\n');
  const lb = b.split('\n');
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] !== lb[i]) return `line ${i + 1}: ${JSON.stringify(la[i])} became ${JSON.stringify(lb[i])}`;
  }
  return 'same lines';
}

const errorsOf = (d: Design) => validate(d).filter((x) => x.severity === 'error');

/** What one design went through (for the test's counts). */
export interface Checked {
  readonly exported: boolean;
  readonly problems: Problem[];
}

/** `formats`: the round trips to run (the YAML one costs most: the importer's YAML loader keeps a document model). */
export function readbackProblems(design: Design, formats: readonly ('yaml' | 'json')[] = ['yaml', 'json']): Checked {
  const problems: Problem[] = [];
  const errors = errorsOf(design);
  let stacks: CfnStacks | undefined;
  let refusal: string | undefined;
  try {
    stacks = exportStacks(design);
  } catch (e) {
    if (!(e instanceof CfnExportError))
      return { exported: false, problems: [{ class: 'export-throws', detail: e instanceof Error ? (e.stack ?? e.message) : String(e) }] };
    refusal = `${e.detail.code}: ${e.message}`;
  }
  if (errors.length === 0 && !stacks) problems.push({ class: 'validate-export-disagree', detail: `validate passes, export refuses (${refusal})` });
  if (errors.length === 0 && stacks) {
    for (const format of formats) {
      const texts = stacksText(stacks, format);
      const back = importTemplate(texts[0]!);
      if (!back.ok) {
        problems.push({ class: 'import-refused', detail: `${format}: ${back.error.message}` });
        continue;
      }
      const again = errorsOf(back.design);
      if (again.length) problems.push({ class: 'import-invalid', detail: `${format}: ${again.map((d) => `${d.rule} ${d.message.en}`).join('; ')}` });
      let texts2: string[];
      try {
        texts2 = stacksText(exportStacks(back.design), format);
      } catch (e) {
        problems.push({ class: 'round-trip-differs', detail: `${format}: re-export refused: ${e instanceof Error ? e.message : String(e)}` });
        continue;
      }
      for (let i = 0; i < Math.max(texts.length, texts2.length); i++) {
        if (texts[i] !== texts2[i]) {
          problems.push({ class: 'round-trip-differs', detail: `${format} stack ${i}: ${firstDifference(texts[i] ?? '', texts2[i] ?? '')}` });
        }
      }
    }
  }
  let link: string | undefined;
  try {
    link = encodeShareLink(design, 'https://stackcanvas.example/');
  } catch (e) {
    problems.push({ class: 'link-refused', detail: `encode: ${e instanceof Error ? e.message : String(e)}` });
  }
  if (link !== undefined) {
    const opened = decodeShareLink(link);
    if (!opened.ok) problems.push({ class: 'link-refused', detail: opened.error.message });
    else if (JSON.stringify(opened.design) !== JSON.stringify(normalizeSharedDesign(design))) {
      problems.push({
        class: 'link-differs',
        detail: firstDifference(JSON.stringify(normalizeSharedDesign(design), null, 1), JSON.stringify(opened.design, null, 1)),
      });
    }
  }
  return { exported: errors.length === 0 && stacks !== undefined, problems };
}
