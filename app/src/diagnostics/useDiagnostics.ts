/**
 * Live diagnostics for the current design; owned by the validation work (issue 4).
 * Must not re-run rules when only positions change.
 */
import { validate, type Diagnostic } from '@stackcanvas/core';
import { useMemo } from 'react';
import { useAppStore } from '../store/createAppStore';

export function useDiagnostics(): readonly Diagnostic[] {
  const design = useAppStore((s) => s.design);
  return useMemo(() => validate(design), [design]);
}
