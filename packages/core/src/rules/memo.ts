/** Re-validation only when something the rules can see changes (see `model/memo.ts`). */
import { memoizeOnStructure, type StructuralMemo } from '../model/memo';
import { validate } from './index';
import type { Diagnostic } from './types';

export type ValidationMemo = StructuralMemo<readonly Diagnostic[]>;

export function createValidationMemo(): ValidationMemo {
  return memoizeOnStructure<readonly Diagnostic[]>(validate);
}
