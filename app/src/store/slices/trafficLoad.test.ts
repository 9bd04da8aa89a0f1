/**
 * Traffic mode when core's traffic model cannot be fetched (the connection is down, or the site
 * was redeployed since the page was opened): the mode stays off and an error message says why;
 * the design is untouched.
 */
import { expect, it, vi } from 'vitest';
import { renderText } from '../../i18n/index';
import { createAppStore } from '../createAppStore';
import { memoryStorage } from '../storage';
import { manualClock } from '../testing';

const loadTrafficModel = vi.hoisted(() => vi.fn(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module'))));
vi.mock('../trafficModel', () => ({ trafficModel: () => undefined, loadTrafficModel }));

function setup() {
  const clock = manualClock();
  return createAppStore({ storage: memoryStorage(), now: clock.now, timers: clock.timers, locale: 'en' });
}

it('turned on while the model cannot be fetched, traffic mode stays off and says why', async () => {
  const store = setup();
  const design = store.getState().design;
  store.getState().setTrafficMode(true);
  expect(store.getState().trafficMode).toBe(false);
  await vi.waitFor(() => expect(store.getState().messages).toHaveLength(1));
  const [m] = store.getState().messages;
  expect(m!.kind).toBe('error');
  expect(renderText(m!.text, 'en')).toBe(
    'The traffic model could not be loaded (the connection may be down, or a newer version of the site was published), so traffic mode stays off.',
  );
  expect(store.getState().trafficMode).toBe(false);
  expect(store.getState().design).toBe(design);
  expect(loadTrafficModel).toHaveBeenCalled();
});

it('turned off again before the fetch failed, nothing is said', async () => {
  const store = setup();
  store.getState().setTrafficMode(true);
  store.getState().setTrafficMode(false);
  await Promise.resolve();
  await new Promise((r) => setTimeout(r, 0));
  expect(store.getState().messages).toEqual([]);
  expect(store.getState().trafficMode).toBe(false);
});
