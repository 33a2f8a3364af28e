import { createElement, memo, Suspense, type ComponentType, type FunctionComponent, type NamedExoticComponent } from 'react';

/** A component whose code is loaded on first render, or earlier through `preload()`. */
export type LazyPart<P extends object> = NamedExoticComponent<P> & {
  /** Starts loading the code (once); call it on hover or focus of whatever opens the part. */
  preload(): Promise<unknown>;
};

/**
 * A module of parts that are not needed at start (the transfer / dial directory, the keypad sheet,
 * the call history), loaded once, on the first render of any of its parts or on `preload()`.
 * Until the module has arrived a part renders nothing, inside its own `<Suspense>`: the host never
 * suspends. Once it is there every part renders synchronously (no flash on a second part's first
 * render). A failed download surfaces once as a render error (the bar's error boundary offers a
 * retry) and is tried again on the next render. Parts are memoized like the components they wrap,
 * so they keep their render discipline.
 */
export function onDemand<M>(load: () => Promise<M>) {
  let loaded: M | undefined;
  let loading: Promise<void> | undefined;
  let failure: { error: unknown } | undefined;
  const preload = () =>
    (loading ??= load().then(
      (module) => {
        loaded = module;
      },
      (error: unknown) => {
        loading = undefined;
        failure = { error };
        throw error;
      },
    ));

  function part<P extends object>(name: string, pick: (module: M) => ComponentType<P>): LazyPart<P> {
    const Loaded: FunctionComponent<P> = (props) => {
      if (loaded) return createElement(pick(loaded), props);
      if (failure) {
        const { error } = failure;
        failure = undefined;
        throw error;
      }
      // Suspense: React renders this part again once the module has arrived (or failed).
      throw preload().catch(() => undefined);
    };
    Loaded.displayName = `${name}Loader`;
    const Part: FunctionComponent<P> = (props) => createElement(Suspense, { fallback: null }, createElement(Loaded, props));
    Part.displayName = `Lazy${name}`;
    return Object.assign(memo(Part), { preload });
  }

  return { preload, part };
}
