/**
 * Metadata keys that tie an emitted resource to the design (read back by the importer). Apart from
 * `context.ts` so that the app's first load can read them without the export's context.
 */
export const NODE_METADATA_KEY = 'Stackcanvas::Node';
export const EDGE_METADATA_KEY = 'Stackcanvas::Edge';
/** The node's label, on its primary resource only, so an import gives the label back as drawn. */
export const LABEL_METADATA_KEY = 'Stackcanvas::Label';
/** Marks a shared resource (the network, the access-log bucket): the export regenerates it, the importer folds it. */
export const SHARED_METADATA_KEY = 'Stackcanvas::Shared';
