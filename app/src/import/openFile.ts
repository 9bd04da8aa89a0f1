/**
 * Opens a picked or dropped file with the importer, which is fetched with the first file (not
 * part of the first load). Should the importer not arrive (the connection is down, or the site
 * was redeployed since the page was opened), a message says so and the current design stays.
 */
import { msg } from '../i18n/index';
import type { ImportTarget } from './importFile';

export async function openFile(file: File, target: () => ImportTarget): Promise<boolean> {
  let importer: typeof import('./importFile');
  try {
    importer = await import('./importFile');
  } catch {
    target().notify(msg('importerLoadFailed', { file: file.name }), 'error');
    return false;
  }
  return importer.openImportedFile(file, target);
}
