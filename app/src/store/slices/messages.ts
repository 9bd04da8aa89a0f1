/**
 * The messages slice. A message is kept as a `Text` (rendered in the current language when
 * shown), so two messages are identical when their kind and text are: a repeat is merged into the
 * one on screen with a count (×3) instead of stacking. Information goes away by itself
 * `INFO_MS` after it was last shown (the store's own timer, on the injected clock and timers);
 * errors stay until dismissed.
 */
import type { Text } from '../../i18n/index';
import type { AppMessage, MessagesSlice, Slice } from '../types';

/** How long an information stays, from its last repeat. */
export const INFO_MS = 6000;
/** Messages kept at once; the oldest goes first. */
export const MAX_MESSAGES = 5;

/** A text as canonical JSON (keys sorted): equal texts give equal strings. */
export function textSignature(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(textSignature).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${textSignature(v)}`).join(',')}}`;
}

function sameMessage(m: AppMessage, kind: AppMessage['kind'], signature: string): boolean {
  return m.kind === kind && textSignature(m.text) === signature;
}

export const createMessagesSlice: Slice<MessagesSlice> = (deps) => (set, get) => {
  const { now, timers } = deps;
  let nextId = 1;
  let timer: unknown = null;

  /** One timer, for the information that expires first. */
  const schedule = () => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
    const next = Math.min(...get().messages.map((m) => m.expiresAt ?? Infinity));
    if (next === Infinity) return;
    timer = timers.setTimeout(
      () => {
        timer = null;
        get().expireMessages();
      },
      Math.max(0, next - now()),
    );
  };

  return {
    messages: [],

    notify: (text: Text, kind = 'info') => {
      const signature = textSignature(text);
      const expiresAt = kind === 'info' ? now() + INFO_MS : null;
      set((s) => {
        const same = s.messages.find((m) => sameMessage(m, kind, signature));
        if (same) return { messages: s.messages.map((m) => (m === same ? { ...m, count: m.count + 1, expiresAt } : m)) };
        return { messages: [...s.messages, { id: nextId++, kind, text, count: 1, expiresAt }].slice(-MAX_MESSAGES) };
      });
      schedule();
    },
    dismissMessage: (id) => {
      set((s) => ({ messages: s.messages.filter((m) => m.id !== id) }));
      schedule();
    },
    expireMessages: () => {
      const t = now();
      const messages = get().messages;
      const kept = messages.filter((m) => m.expiresAt === null || m.expiresAt > t);
      if (kept.length !== messages.length) set({ messages: kept });
      schedule();
    },
  };
};
