/**
 * `@stackcanvas/core/changeset`: the change set between two CloudFormation templates (what an
 * update adds, modifies, replaces and removes, and what that means for data). Not re-exported by
 * `@stackcanvas/core`: it carries the replacement table (~34 KB gzip), so the app loads it lazily.
 * See docs/changesets.md.
 */
import { loadFacets } from '../catalog/index';

export { changeSetJson, diffTemplates, hasChanges } from './diff';
export { checkTemplate } from './shape';
export { DATA_HOLDING, NOT_DATA_HOLDING, allDataHolding, dataHolding, type DataHolding } from './data-holding';
export { MESSAGES, causeText, causesText, finding, josa, type FindingCode } from './messages';
export { REPLACEMENT_SOURCE, customNameProperties, isKnownType, replacementMarker } from './replacement';
export type * from './types';

// Data-holding types and exact replacement answers of the catalog's kinds live in their facets.
await loadFacets();
