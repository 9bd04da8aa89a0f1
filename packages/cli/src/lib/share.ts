/** The share-link codec of `link` and `unlink`. */
export { decodeShareLink, encodeShareLink, isShareLinkError, serializeDesign } from '@stackcanvas/core';
