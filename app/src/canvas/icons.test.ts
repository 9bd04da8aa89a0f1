import { ALL_KINDS, catalog } from '@stackcanvas/core';
import { expect, it } from 'vitest';
import { ICONS } from './icons';

it('bundles the icon of every catalog kind', () => {
  const missing = ALL_KINDS.filter((k) => !Object.prototype.hasOwnProperty.call(ICONS, catalog[k].icon));
  expect(missing).toEqual([]);
});
