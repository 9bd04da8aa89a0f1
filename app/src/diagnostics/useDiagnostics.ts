/**
 * Live diagnostics for the current design. Rules do not re-run when only positions change
 * (see `memo.ts`), and components re-render only when the result changes.
 */
import type { Diagnostic } from '@stackcanvas/core';
import { useAppStore } from '../store/createAppStore';
import { diagnosticsFor } from './memo';

export function useDiagnostics(): readonly Diagnostic[] {
  return useAppStore((s) => diagnosticsFor(s.design));
}
