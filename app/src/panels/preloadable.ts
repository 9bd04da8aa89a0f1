/**
 * `React.lazy` that stops suspending once its module is here. A lazy component suspends on its
 * first render even when the module has already been fetched (and React then holds the fallback
 * for its reveal throttle, ~300 ms); this one renders the loaded component directly, so a panel
 * fetched ahead (`preload()`) opens at once.
 */
import { createElement, lazy, type ComponentType } from 'react';

export type Preloadable<P extends object> = ComponentType<P> & { preload(): Promise<ComponentType<P>> };

export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>): Preloadable<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (c) => (loaded = c),
      (e: unknown) => {
        loading = undefined; // a later attempt may work
        throw e;
      },
    ));
  const Lazy = lazy(() => preload().then((c) => ({ default: c })));
  const Component = (props: P) => (loaded ? createElement(loaded, props) : createElement(Lazy, props));
  return Object.assign(Component, { preload });
}
