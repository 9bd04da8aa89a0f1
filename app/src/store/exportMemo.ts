/**
 * The CloudFormation export of this store's design, computed at most once per structural change
 * (`memoizeOnStructure`: moving nodes never re-exports). One memo per store, shared by the
 * Template tab and the change set, so the two never export the same design twice.
 *
 * The exporter (`@stackcanvas/core/cfn`, every kind's emitters) is not part of the first load:
 * callers hand in the module once they have loaded it (`loadCfn()` in the changes slice).
 */
import { errorText, type Text } from '../i18n/index';
import { memoizeOnStructure, type CfnTemplate, type Design, type StructuralMemo } from '@stackcanvas/core';

export type CfnModule = typeof import('@stackcanvas/core/cfn');

export type Generated =
  | { readonly ok: true; readonly template: CfnTemplate; readonly owners: ReadonlyMap<string, string>; readonly count: number }
  | { readonly ok: false; readonly message: Text | string };

function generate(design: Design, cfn: CfnModule): Generated {
  try {
    const { template, owners } = cfn.exportCloudFormation(design);
    return { ok: true, template, owners, count: Object.keys(template.Resources).length };
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
