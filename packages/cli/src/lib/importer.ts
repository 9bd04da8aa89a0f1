/** The importer of the `import` command (loads the YAML reader, the importer and the elkjs layout). */
import { serializeDesign } from '@stackcanvas/core';
import { importAndLayout, MAX_IMPORT_BYTES } from '@stackcanvas/core/import';

export { importAndLayout, MAX_IMPORT_BYTES, serializeDesign };
