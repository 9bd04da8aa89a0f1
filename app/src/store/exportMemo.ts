/**
 * The CloudFormation export of this store's design, computed at most once per structural change
 * (`memoizeOnStructure`: moving nodes never re-exports). One memo per store, shared by the
 * Template tab and the change set, so the two never export the same design twice. `template` is
 * the main stack (what is deployed in the design's Region, and what a baseline compares with);
 * `usEast1` the companion stack when the design has resources that exist only in us-east-1.
 *
 * The exporter (`@stackcanvas/core/cfn`, every kind's emitters) is not part of the first load:
 * callers hand in the module once they have loaded it (`loadCfn()` in the changes slice).
 */
import { errorText, type Text } from '../i18n/index';
import { memoizeOnStructure, type CfnTemplate, type Design, type StructuralMemo } from '@stackcanvas/core';

export type CfnModule = typeof import('@stackcanvas/core/cfn');

export interface GeneratedStack {
  readonly template: CfnTemplate;
  readonly owners: ReadonlyMap<string, string>;
  readonly count: number;
}

export type Generated = ({ readonly ok: true; readonly usEast1?: GeneratedStack } & GeneratedStack) | { readonly ok: false; readonly message: Text | string };

function generate(design: Design, cfn: CfnModule): Generated {
  try {
    const stacks = cfn.exportStacks(design);
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

export interface ExportMemo {
  (design: Design, cfn: CfnModule): Generated;
}

export function createExportMemo(): ExportMemo {
  let memo: StructuralMemo<Generated> | undefined;
  return (design, cfn) => (memo ??= memoizeOnStructure((d: Design) => generate(d, cfn)))(design);
}
