/**
 * Live diagnostics for the current design. Rules do not re-run when only positions change
 * (see `memo.ts`), and components re-render only when the result changes.
 */
import type { Diagnostic } from '@stackcanvas/core';
import { useAppStore } from '../store/provider';

export function useDiagnostics(): readonly Diagnostic[] {
  return useAppStore((s) => s.diagnostics.diagnosticsFor(s.design));
}

/** How many diagnostics of the design are errors (a number: re-renders only when it changes). */
export function useErrorCount(): number {
  return useAppStore((s) => s.diagnostics.diagnosticsFor(s.design).filter((d) => d.severity === 'error').length);
}

/** Whether the rules failed to load for the current design (its problems are then unknown). */
export function useRulesLoadFailed(): boolean {
  return useAppStore((s) => s.diagnostics.loadFailure(s.design) !== null);
}
