/**
 * Importing a file the user picked or dropped: a design (`*.stackcanvas.json`) or a
 * CloudFormation template (YAML/JSON). Owned by the import work (issue 7); until then it refuses.
 */
import type { Design } from '@stackcanvas/core';

export type ImportResult = { readonly design: Design; readonly warnings?: readonly string[] } | { readonly error: string };

export async function importFile(file: File): Promise<ImportResult> {
  return { error: `${file.name}: importing is not available yet` };
}
