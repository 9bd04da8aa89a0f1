/**
 * The CloudFormation export of this store's design, computed at most once per structural change
 * (`memoizeOnStructure`: moving nodes never re-exports). One memo per store, shared by the
 * Template tab and the change set, so the two never export the same design twice. `template` is
 * the main stack (what is deployed in the design's Region, and what a baseline compares with);
 * `usEast1` the companion stack when the design has resources that exist only in us-east-1.
 */
import { errorText, type Text } from '../i18n/index';
import { exportStacks, memoizeOnStructure, type CfnTemplate, type Design, type StructuralMemo } from '@stackcanvas/core';

export interface GeneratedStack {
  readonly template: CfnTemplate;
  readonly owners: ReadonlyMap<string, string>;
  readonly count: number;
}

export type Generated = ({ readonly ok: true; readonly usEast1?: GeneratedStack } & GeneratedStack) | { readonly ok: false; readonly message: Text | string };

function generate(design: Design): Generated {
  try {
    const stacks = exportStacks(design);
    const shown = (s: { template: CfnTemplate; owners: ReadonlyMap<string, string> }): GeneratedStack => ({
      template: s.template,
      owners: s.owners,
      count: Object.keys(s.template.Resources).length,
    });
    return { ok: true, ...shown(stacks.main), ...(stacks.usEast1 ? { usEast1: shown(stacks.usEast1) } : {}) };
  } catch (e) {
    return { ok: false, message: errorText(e) };
  }
}

export type ExportMemo = StructuralMemo<Generated>;

export function createExportMemo(): ExportMemo {
  return memoizeOnStructure(generate);
}
