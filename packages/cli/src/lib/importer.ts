/** The importer of the `import` command (loads the YAML reader, the importer and the elkjs layout). */
import { isGeneric, serializeDesign } from '@stackcanvas/core';
import { importAndLayout, importText, MAX_IMPORT_BYTES } from '@stackcanvas/core/import';

export { importAndLayout, importText, isGeneric, MAX_IMPORT_BYTES, serializeDesign };
