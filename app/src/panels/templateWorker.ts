/**
 * The template worker: core's exporter off the main thread, for large designs (a 1,000-component
 * template is ~2.6 MB of YAML). It answers `{ id, design, format }` with the text, the owner of
 * every resource and where each resource is in the text; the last export is kept per structure
 * token, so switching between YAML and JSON does not export again. Any failure answers
 * `{ id, ok: false }`: the panel then exports on the main thread, which gives the message.
 *
 * The handler is installed before anything is awaited: the exporter's entry awaits every kind's
 * facets at module level, and a message that reaches a module worker during a top-level await
 * finds no handler. So the exporter is imported dynamically, on the first request.
 */
import type { CfnTemplate, Design } from '@stackcanvas/core';
import { resourceRanges, type ResourceRange, type TemplateFormat, type TemplateStack } from './templateText';

export interface TemplateRequest {
  readonly id: number;
  /** Changes exactly when the design's structure does (positions do not reach the template). */
  readonly token: number;
  readonly design: Design;
  readonly format: TemplateFormat;
  /** The main stack, or the us-east-1 companion stack (falls back to the main one when there is none). */
  readonly stack: TemplateStack;
}

export type TemplateResponse =
  | {
      readonly id: number;
      readonly ok: true;
      readonly text: string;
      readonly owners: readonly (readonly [string, string])[];
      readonly count: number;
      readonly ranges: readonly ResourceRange[];
      /** The design also has a us-east-1 stack. */
      readonly hasUsEast1: boolean;
      /** The stack the text is. */
      readonly stack: TemplateStack;
    }
  | { readonly id: number; readonly ok: false };

type Exported = { template: CfnTemplate; owners: readonly (readonly [string, string])[] };
let last: { token: number; main: Exported; usEast1?: Exported } | undefined;

let exporter: Promise<typeof import('@stackcanvas/core/cfn')> | undefined;

self.onmessage = async (event: MessageEvent<TemplateRequest>) => {
  const { id, token, design, format, stack } = event.data;
  let response: TemplateResponse;
  try {
    const { cfnTemplateText, exportStacks } = await (exporter ??= import('@stackcanvas/core/cfn'));
    if (last?.token !== token) {
      const stacks = exportStacks(design);
      const exported = (s: { template: CfnTemplate; owners: ReadonlyMap<string, string> }): Exported => ({ template: s.template, owners: [...s.owners] });
      last = { token, main: exported(stacks.main), ...(stacks.usEast1 ? { usEast1: exported(stacks.usEast1) } : {}) };
    }
    const shown = stack === 'usEast1' && last.usEast1 ? last.usEast1 : last.main;
    const text = cfnTemplateText(shown.template, format);
    response = {
      id,
      ok: true,
      text,
      owners: shown.owners,
      count: Object.keys(shown.template.Resources).length,
      ranges: resourceRanges(text, format),
      hasUsEast1: last.usEast1 !== undefined,
      stack: shown === last.main ? 'main' : 'usEast1',
    };
  } catch {
    response = { id, ok: false };
  }
  self.postMessage(response);
};
