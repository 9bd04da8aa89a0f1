/**
 * The CloudFormation export of this store's design, computed at most once per structural change
 * (`memoizeOnStructure`: moving nodes never re-exports). One memo per store, shared by the
 * Template tab and the change set, so the two never export the same design twice.
 */
import { errorText, type Text } from '../i18n/index';
import { exportCloudFormation, memoizeOnStructure, type CfnTemplate, type Design, type StructuralMemo } from '@stackcanvas/core';

export type Generated =
  | { readonly ok: true; readonly template: CfnTemplate; readonly owners: ReadonlyMap<string, string>; readonly count: number }
  | { readonly ok: false; readonly message: Text | string };

function generate(design: Design): Generated {
  try {
    const { template, owners } = exportCloudFormation(design);
    return { ok: true, template, owners, count: Object.keys(template.Resources).length };
  } catch (e) {
    return { ok: false, message: errorText(e) };
  }
}

export type ExportMemo = StructuralMemo<Generated>;

export function createExportMemo(): ExportMemo {
  return memoizeOnStructure(generate);
}
