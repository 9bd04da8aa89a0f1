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
import { resourceRanges, type ResourceRange, type TemplateFormat } from './templateText';

export interface TemplateRequest {
  readonly id: number;
  /** Changes exactly when the design's structure does (positions do not reach the template). */
  readonly token: number;
  readonly design: Design;
  readonly format: TemplateFormat;
}

export type TemplateResponse =
  | {
      readonly id: number;
      readonly ok: true;
      readonly text: string;
      readonly owners: readonly (readonly [string, string])[];
      readonly count: number;
      readonly ranges: readonly ResourceRange[];
    }
  | { readonly id: number; readonly ok: false };

let last: { token: number; template: CfnTemplate; owners: readonly (readonly [string, string])[] } | undefined;

let exporter: Promise<typeof import('@stackcanvas/core/cfn')> | undefined;

self.onmessage = async (event: MessageEvent<TemplateRequest>) => {
  const { id, token, design, format } = event.data;
  let response: TemplateResponse;
  try {
    const { cfnTemplateText, exportCloudFormation } = await (exporter ??= import('@stackcanvas/core/cfn'));
    if (last?.token !== token) {
      const { template, owners } = exportCloudFormation(design);
      last = { token, template, owners: [...owners] };
    }
    const text = cfnTemplateText(last.template, format);
    response = { id, ok: true, text, owners: last.owners, count: Object.keys(last.template.Resources).length, ranges: resourceRanges(text, format) };
  } catch {
    response = { id, ok: false };
  }
  self.postMessage(response);
};
