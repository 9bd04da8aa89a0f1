/**
 * The messages and preferences slices, each on a fresh store with an in-memory storage and a
 * manual clock: merging, expiry and dismissal of messages; preferences remembered across a reload.
 */
import { describe, expect, it } from 'vitest';
import { msg, renderText } from '../../i18n/index';
import { createAppStore } from '../createAppStore';
import { KEYS } from '../persistence';
import { memoryStorage } from '../storage';
import { manualClock } from '../testing';
import { INFO_MS, MAX_MESSAGES } from './messages';

function setup(storage = memoryStorage()) {
  const clock = manualClock();
  const store = createAppStore({ storage, now: clock.now, timers: clock.timers, locale: 'en' });
  return { store, storage, clock, s: () => store.getState() };
}

const shown = (s: ReturnType<typeof setup>['s']) => s().messages.map((m) => `${m.kind}:${renderText(m.text, s().locale)}${m.count > 1 ? ` ×${m.count}` : ''}`);

describe('messages', () => {
  it('identical messages merge into one with a count; different ones do not', () => {
    const { s } = setup();
    const refused = msg('selfEdge', { label: 'Cache' });
    s().notify(refused, 'error');
    s().notify(msg('selfEdge', { label: 'Cache' }), 'error');
    s().notify(refused, 'error');
    expect(shown(s)).toEqual(['error:Cache cannot connect to itself. ×3']);
    s().notify(msg('selfEdge', { label: 'Web' }), 'error');
    s().notify(refused, 'info'); // same words, other kind: another message
    expect(shown(s)).toEqual(['error:Cache cannot connect to itself. ×3', 'error:Web cannot connect to itself.', 'info:Cache cannot connect to itself.']);
  });

  it('texts from core merge by their content, whatever the order of their keys', () => {
    const { s } = setup();
    s().notify({ en: 'A', ko: '가' }, 'error');
    s().notify({ ko: '가', en: 'A' }, 'error');
    expect(s().messages).toHaveLength(1);
    expect(s().messages[0]!.count).toBe(2);
  });

  it('information goes away by itself after INFO_MS; a repeat starts the time again', () => {
    const { clock, s } = setup();
    s().notify(msg('shareCopied'));
    clock.advance(INFO_MS - 1000);
    expect(s().messages).toHaveLength(1);
    s().notify(msg('shareCopied'));
    clock.advance(INFO_MS - 1000);
    expect(shown(s)).toEqual(['info:Copied to the clipboard. ×2']);
    clock.advance(1000);
    expect(s().messages).toEqual([]);
  });

  it('errors stay until dismissed; information beside them still expires', () => {
    const { clock, s } = setup();
    s().notify(msg('duplicateEdge', { source: 'A', target: 'B' }), 'error');
    s().notify(msg('shareCopied'), 'info');
    clock.advance(INFO_MS * 10);
    expect(shown(s)).toEqual(['error:A and B are already connected.']);
    s().dismissMessage(s().messages[0]!.id);
    expect(s().messages).toEqual([]);
    // Nothing is left to expire: no timer is kept running.
    expect(clock.pending()).toBe(0);
  });

  it('a dismissed message comes back as a new one (count 1) when it happens again', () => {
    const { s } = setup();
    s().notify(msg('selfEdge', { label: 'X' }), 'error');
    s().notify(msg('selfEdge', { label: 'X' }), 'error');
    s().dismissMessage(s().messages[0]!.id);
    s().notify(msg('selfEdge', { label: 'X' }), 'error');
    expect(s().messages.map((m) => m.count)).toEqual([1]);
  });

  it(`keeps the last ${MAX_MESSAGES} messages`, () => {
    const { s } = setup();
    for (let i = 1; i <= MAX_MESSAGES + 2; i++) s().notify(msg('selfEdge', { label: `N${i}` }), 'error');
    expect(shown(s)).toHaveLength(MAX_MESSAGES);
    expect(shown(s)[0]).toBe('error:N3 cannot connect to itself.');
  });

  it('a message on screen follows a change of language', () => {
    const { s } = setup();
    s().notify(msg('selfEdge', { label: '캐시' }), 'error');
    s().setLocale('ko');
    expect(shown(s)).toEqual(['error:캐시는 자기 자신에 연결할 수 없습니다.']);
  });
});

describe('preferences', () => {
  it('are remembered across a reload (a second store over the same storage)', () => {
    const { storage, s } = setup();
    // The minimap starts hidden (it covered a corner of the diagram); subnets start shown.
    expect([s().locale, s().theme, s().snapToGrid, s().showMinimap, s().paletteOpen, s().sidePanelOpen, s().showSubnets]).toEqual([
      'en',
      'system',
      true,
      false,
      true,
      true,
      true,
    ]);
    s().setLocale('ko');
    s().setTheme('dark');
    s().setSnapToGrid(false);
    s().setShowMinimap(true);
    s().setPaletteOpen(false);
    s().setShowSubnets(false);
    const reloaded = setup(storage).s();
    expect([
      reloaded.locale,
      reloaded.theme,
      reloaded.snapToGrid,
      reloaded.showMinimap,
      reloaded.paletteOpen,
      reloaded.sidePanelOpen,
      reloaded.showSubnets,
    ]).toEqual(['ko', 'dark', false, true, false, true, false]);
  });

  it('damaged stored preferences fall back to the defaults', () => {
    const storage = memoryStorage({ [KEYS.locale]: 'fr', [KEYS.theme]: 'neon', [KEYS.view]: '{"snapToGrid":"no","showMinimap":true' });
    const s = setup(storage).s();
    expect([s.locale, s.theme, s.snapToGrid, s.showMinimap, s.showSubnets]).toEqual(['en', 'system', true, false, true]);
    // A flag of the wrong type falls back alone.
    const partly = setup(memoryStorage({ [KEYS.view]: '{"snapToGrid":"no","showMinimap":true,"showSubnets":false}' })).s();
    expect([partly.snapToGrid, partly.showMinimap, partly.showSubnets]).toEqual([true, true, false]);
  });

  it('the language of a first visit is the one given to the store (the browser’s)', () => {
    const clock = manualClock();
    const store = createAppStore({ storage: memoryStorage(), now: clock.now, timers: clock.timers, locale: 'ko' });
    expect(store.getState().locale).toBe('ko');
  });
});
