/** Share links and document migrations (see `link.ts`). */
export * from './base64url';
export * from './canonical';
export * from './errors';
export * from './link';
export * from './migrate';
