/**
 * `React.lazy` that stops suspending once its module is here. A lazy component suspends on its
 * first render even when the module has already been fetched (and React then holds the fallback
 * for its reveal throttle, ~300 ms); this one renders the loaded component directly, so a panel
 * fetched ahead (`preload()`) opens at once.
 *
 * When the module cannot be fetched (the connection is down, the site was redeployed while the
 * tab was open), the part shows `LoadFailed` in its place instead of throwing into React, which
 * would unmount the whole app. Only that failure is caught (`LoadBoundary`): any other error of
 * the part reaches the app's boundary as it would without this.
 */
import { Component, createElement, lazy, type ComponentType, type ReactNode } from 'react';
import { LoadFailed, type PartKey } from './LoadFailed';

export type Preloadable<P extends object> = ComponentType<P> & { preload(): Promise<ComponentType<P>> };

interface BoundaryProps {
  readonly failures: WeakSet<object>;
  readonly part: PartKey;
  readonly onClose: (() => void) | undefined;
  readonly children?: ReactNode;
}

/** Catches the failed fetch of one module (an error in `failures`); rethrows anything else. */
class LoadBoundary extends Component<BoundaryProps, { error: unknown; failed: boolean }> {
  override state = { error: undefined as unknown, failed: false };

  static getDerivedStateFromError(error: unknown) {
    return { error, failed: true };
  }

  override render() {
    const { error, failed } = this.state;
    if (!failed) return this.props.children;
    if (typeof error !== 'object' || error === null || !this.props.failures.has(error)) throw error;
    return createElement(LoadFailed, { part: this.props.part, ...(this.props.onClose ? { onClose: this.props.onClose } : {}) });
  }
}

const onCloseOf = (props: object): (() => void) | undefined => {
  const f = (props as { onClose?: unknown }).onClose;
  return typeof f === 'function' ? (f as () => void) : undefined;
};

/** `part`: how the notice names the part when its module cannot be fetched. */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>, part: PartKey): Preloadable<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  /** The errors this module's fetch failed with: the only ones `LoadBoundary` catches. */
  const failures = new WeakSet<object>();
  const preload = () =>
    (loading ??= load().then(
      (c) => (loaded = c),
      (e: unknown) => {
        loading = undefined; // a later attempt may work
        const error = typeof e === 'object' && e !== null ? e : new Error(String(e));
        failures.add(error);
        throw error;
      },
    ));
  const Lazy = lazy(() => preload().then((c) => ({ default: c })));
  const Preloaded = (props: P) =>
    createElement(LoadBoundary, { failures, part, onClose: onCloseOf(props) }, loaded ? createElement(loaded, props) : createElement(Lazy, props));
  return Object.assign(Preloaded, { preload });
}
