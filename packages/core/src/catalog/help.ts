/**
 * `@stackcanvas/core/help`: the props' help texts, for what explains props (the inspector,
 * `docs/components.md`). Importing it loads every kind's help facet first, so `propHelp` answers
 * at once; the light entry (`@stackcanvas/core`) does not carry them.
 */
import { loadHelp } from './index';

export { propHelp } from './index';

await loadHelp();
