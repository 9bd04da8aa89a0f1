/**
 * Export limits: what is known about a design's template before it is generated, and what the
 * generated template is against CloudFormation's own quotas. The CLI prints these as diagnostics
 * (`validate` and `export` alike, so they agree); the app shows them where the export is made.
 *
 * - An empty design has no template: CloudFormation requires at least one resource (and our
 *   importer refuses `Resources: {}`), so `validate` and `export` refuse it with the same error.
 * - CloudFormation takes at most 500 resources per stack, a 51,200-byte template body inline
 *   (`--template-body`) and 1 MB through S3 (`--template-url`): warnings, the export still runs.
 *   The estimate (a lower bound: one resource per component, the resources imported ones hold)
 *   is known before anything is generated; the exact figures come from the template.
 * Our own hard bound is the design's (`MAX_DESIGN_NODES` components, checked when it is read),
 * which bounds the template's size and the time an export takes.
 */
import { coreMessage, renderMessage, type MessageCode, type MessageParam } from '../errors/catalogue';
import type { Design } from '../model/types';
import type { Diagnostic, Severity } from '../rules/types';
import { grouped } from '../model/numbers';

/** CloudFormation quotas (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html). */
export const CFN_MAX_RESOURCES = 500;
export const CFN_MAX_INLINE_TEMPLATE_BYTES = 51_200;
export const CFN_MAX_S3_TEMPLATE_BYTES = 1_000_000;

const QUOTAS_URL = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html';

const TITLES: Record<string, { en: string; ko: string }> = {
  'SC-X023': { en: 'Empty design', ko: '빈 설계' },
  'SC-X024': { en: 'Too many resources for one stack', ko: '스택 하나에 비해 너무 많은 리소스' },
  'SC-X025': { en: 'Template too large to pass inline', ko: '직접 전달하기에 너무 큰 템플릿' },
  'SC-X026': { en: 'Template too large for CloudFormation', ko: 'CloudFormation 한도를 넘는 템플릿' },
};

const FIXES: Record<string, { en: string; ko: string }> = {
  'SC-X023': { en: 'Add a component from the palette.', ko: '팔레트에서 구성 요소를 추가하세요.' },
  'SC-X024': { en: 'Split the design into several stacks.', ko: '설계를 여러 스택으로 나누세요.' },
  'SC-X025': { en: 'Upload the template to S3 and deploy it with --template-url.', ko: '템플릿을 S3에 올리고 --template-url로 배포하세요.' },
  'SC-X026': { en: 'Split the design into several stacks.', ko: '설계를 여러 스택으로 나누세요.' },
};

function diagnostic(code: MessageCode, severity: Severity, params: Readonly<Record<string, MessageParam>>): Diagnostic {
  const m = coreMessage(code, params);
  return {
    rule: code,
    severity,
    message: { en: renderMessage(m, 'en'), ko: renderMessage(m, 'ko') },
    nodes: [],
    edges: [],
    title: TITLES[code]!,
    fix: FIXES[code]!,
    docsUrl: QUOTAS_URL,
  };
}

const count = grouped;
const bytes = (n: number) => `${count(n)} bytes`;

/** The fewest resources the template of `design` can have: one per component, or what an imported one holds, and the shared ones. */
export function estimatedResourceCount(design: Design): number {
  const held = new Set<string>();
  let n = 0;
  for (const node of design.nodes) {
    if (node.imported) node.imported.resources.forEach((id) => held.add(id));
    else n++;
  }
  return n + Math.max(held.size, Object.keys(design.resources ?? {}).length);
}

/**
 * What is known before the template is generated: an empty design is an error (no template
 * exists), a design sure to pass 500 resources a warning. Cheap (one pass over the nodes).
 */
export function exportReadiness(design: Design): Diagnostic[] {
  if (design.nodes.length === 0) return [diagnostic('SC-X023', 'error', {})];
  const estimate = estimatedResourceCount(design);
  if (estimate > CFN_MAX_RESOURCES) return [diagnostic('SC-X024', 'warning', { count: `at least ${count(estimate)}`, limit: count(CFN_MAX_RESOURCES) })];
  return [];
}

/**
 * A generated template against CloudFormation's quotas: more than 500 resources, a body over
 * 51,200 bytes (inline) or over 1 MB (through S3). `text` is the template as written; its UTF-8
 * size is what CloudFormation counts.
 */
export function templateLimits(template: { readonly Resources?: unknown }, text: string, options: { readonly skipResources?: boolean } = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  const resources = template.Resources && typeof template.Resources === 'object' ? Object.keys(template.Resources).length : 0;
  if (!options.skipResources && resources > CFN_MAX_RESOURCES)
    out.push(diagnostic('SC-X024', 'warning', { count: count(resources), limit: count(CFN_MAX_RESOURCES) }));
  const size = new TextEncoder().encode(text).length;
  if (size > CFN_MAX_S3_TEMPLATE_BYTES) out.push(diagnostic('SC-X026', 'warning', { size: bytes(size), limit: '1 MB (1,000,000 bytes)' }));
  else if (size > CFN_MAX_INLINE_TEMPLATE_BYTES) out.push(diagnostic('SC-X025', 'warning', { size: bytes(size), limit: bytes(CFN_MAX_INLINE_TEMPLATE_BYTES) }));
  return out;
}
