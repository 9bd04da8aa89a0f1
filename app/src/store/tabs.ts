/**
 * How tabs of the app tell each other what they do with a design: a BroadcastChannel, else
 * `storage` events on a localStorage key, else nothing (one tab). `memoryTabHub()` joins the
 * stores of a test as if each were a tab.
 */

export type TabMessage =
  /** A tab shows design `id` (it asks whether another tab has it open). */
  | { readonly t: 'open'; readonly id: string; readonly tab: string }
  /** The answer: this tab has design `id` open too. */
  | { readonly t: 'here'; readonly id: string; readonly tab: string; readonly to: string }
  /** A tab stored these designs (readers reload them from the database). */
  | { readonly t: 'saved'; readonly ids: readonly string[]; readonly tab: string }
  /** A tab closed or left design `id`. */
  | { readonly t: 'left'; readonly id: string; readonly tab: string };

export interface TabChannel {
  post(message: TabMessage): void;
  /** Returns the function that stops listening. */
  listen(receive: (message: TabMessage) => void): () => void;
}

const NAME = 'stackcanvas';
const STORAGE_KEY = 'stackcanvas.tab-message';

export function isTabMessage(x: unknown): x is TabMessage {
  if (x === null || typeof x !== 'object') return false;
  const m = x as Record<string, unknown>;
  if (typeof m['tab'] !== 'string') return false;
  if (m['t'] === 'saved') return Array.isArray(m['ids']) && m['ids'].every((id) => typeof id === 'string');
  if (m['t'] === 'here') return typeof m['id'] === 'string' && typeof m['to'] === 'string';
  return (m['t'] === 'open' || m['t'] === 'left') && typeof m['id'] === 'string';
}

/** Says nothing and hears nothing (one tab only). */
export const noTabChannel: TabChannel = { post: () => undefined, listen: () => () => undefined };

/** BroadcastChannel, or storage events when the browser has none. */
export function browserTabChannel(): TabChannel {
  if (typeof BroadcastChannel === 'function') {
    const channel = new BroadcastChannel(NAME);
    return {
      post: (m) => channel.postMessage(m),
      listen: (receive) => {
        const on = (e: MessageEvent) => isTabMessage(e.data) && receive(e.data);
        channel.addEventListener('message', on);
        return () => channel.removeEventListener('message', on);
      },
    };
  }
  try {
    const storage = localStorage;
    let seq = 0;
    return {
      // A storage event fires in the other tabs only when the value changes: a counter makes each message new.
      post: (m) => {
        try {
          storage.setItem(STORAGE_KEY, JSON.stringify({ ...m, seq: ++seq, at: Date.now() }));
        } catch {
          /* storage full or disabled: the other tabs will find out at their next write (revision check) */
        }
      },
      listen: (receive) => {
        const on = (e: StorageEvent) => {
          if (e.key !== STORAGE_KEY || !e.newValue) return;
          try {
            const m: unknown = JSON.parse(e.newValue);
            if (isTabMessage(m)) receive(m);
          } catch {
            /* not ours */
          }
        };
        addEventListener('storage', on);
        return () => removeEventListener('storage', on);
      },
    };
  } catch {
    return noTabChannel;
  }
}

/** Channels that reach each other (not themselves), asynchronously as a BroadcastChannel does. */
export function memoryTabHub(): { channel(): TabChannel; delivered(): Promise<void> } {
  const listeners = new Set<{ owner: object; receive: (m: TabMessage) => void }>();
  let inFlight = Promise.resolve();
  return {
    channel() {
      const owner = {};
      return {
        post: (m) => {
          const copy = structuredClone(m);
          inFlight = inFlight.then(() => {
            for (const l of [...listeners]) if (l.owner !== owner) l.receive(copy);
          });
        },
        listen: (receive) => {
          const l = { owner, receive };
          listeners.add(l);
          return () => listeners.delete(l);
        },
      };
    },
    delivered: () => inFlight,
  };
}
