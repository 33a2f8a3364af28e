import {
  Component,
  createElement,
  memo,
  Suspense,
  useEffect,
  useState,
  type ComponentType,
  type FunctionComponent,
  type NamedExoticComponent,
  type ReactNode,
} from 'react';

/** A component whose code is loaded on first render, or earlier through `preload()`. */
export type LazyPart<P extends object> = NamedExoticComponent<P> & {
  /** Starts loading the code (once); call it on hover or focus of whatever opens the part. */
  preload(): Promise<unknown>;
};

/** A part's module could not be downloaded (the cause: the bundler's import error). */
export class PartLoadError extends Error {
  // Declared, not a class field: a field makes ES2020 bundles add a helper chunk to the start.
  declare readonly part: string;

  constructor(part: string, cause: unknown) {
    super(`${part}: its code could not be downloaded`, { cause });
    this.name = 'PartLoadError';
    this.part = part;
  }
}

/** What a part shows while its code could not be downloaded: `retry` tries again at once. */
export type PartFallback = (retry: () => void) => ReactNode;

interface BoundaryProps {
  children?: ReactNode;
  onLoadError: () => void;
}

/**
 * Keeps a part's failed download to the part: the rest of the bar goes on working. Any other
 * error is passed on to the boundaries above (thrown again).
 */
class PartBoundary extends Component<BoundaryProps, { error: { value: unknown } | null }> {
  // State set here rather than as a class field (a field makes ES2020 bundles add a helper chunk).
  constructor(props: BoundaryProps) {
    super(props);
    this.state = { error: null };
  }

  static getDerivedStateFromError(error: unknown) {
    return { error: { value: error } };
  }

  override componentDidCatch(error: unknown) {
    if (error instanceof PartLoadError) this.props.onLoadError();
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    if (error.value instanceof PartLoadError) return null;
    throw error.value;
  }
}

/** Waits before a part tries its download again by itself: 5 s, doubling, at most a minute. */
const retryDelay = (attempt: number) => Math.min(5_000 * 2 ** attempt, 60_000);

/**
 * A module of parts that are not needed at start (the transfer / dial directory, the keypad sheet,
 * the call history), loaded once, on the first render of any of its parts or on `preload()`.
 * Until the module has arrived a part renders nothing, inside its own `<Suspense>`: the host never
 * suspends. Once it is there every part renders synchronously (no flash on a second part's first
 * render). A failed download stays with the part: it shows its `fallback` (nothing by default)
 * and tries again by itself (after 5 s, doubling, at most a minute apart), at once when the module
 * arrives another way (another part, `preload()`), or when the fallback's `retry` is called; the
 * rest of the page goes on working. Parts are memoized like the components they wrap, so they keep
 * their render discipline.
 */
export function onDemand<M>(load: () => Promise<M>) {
  let loaded: M | undefined;
  let loading: Promise<void> | undefined;
  /** The latest failed download, numbered: a part shows each failure once it has not yet seen it. */
  let failure: { error: unknown; id: number } | undefined;
  /** Parts waiting, after a failed download, for the module to arrive. */
  const waiting = new Set<() => void>();
  const preload = () =>
    (loading ??= load().then(
      (module) => {
        loaded = module;
        for (const wake of [...waiting]) wake();
      },
      (error: unknown) => {
        loading = undefined;
        failure = { error, id: (failure?.id ?? 0) + 1 };
        throw error;
      },
    ));

  function part<P extends object>(name: string, pick: (module: M) => ComponentType<P>, fallback?: PartFallback): LazyPart<P> {
    /** `seen`: the last failure this part has handled; a newer one is thrown (as often as React renders it). */
    const Loader: FunctionComponent<{ props: P; seen: number }> = ({ props, seen }) => {
      if (loaded) return createElement(pick(loaded), props);
      if (failure && failure.id > seen) throw new PartLoadError(name, failure.error);
      // Suspense: React renders this part again once the module has arrived (or failed).
      throw preload().catch(() => undefined);
    };
    Loader.displayName = `${name}Loader`;
    const Part: FunctionComponent<P> = (props) => {
      // Each failed download: the part shows its fallback, then mounts afresh for the next attempt.
      const [attempt, setAttempt] = useState({ count: 0, failed: false, seen: 0 });
      const again = () => setAttempt((now) => ({ count: now.count + 1, failed: false, seen: failure?.id ?? 0 }));
      useEffect(() => {
        if (!attempt.failed) return;
        waiting.add(again);
        // Arrived: `waiting` mounts the part again. Failed again: wait longer before the next try.
        const timer = setTimeout(
          () => void preload().catch(() => setAttempt((now) => ({ ...now, count: now.count + 1 }))),
          retryDelay(attempt.count),
        );
        return () => {
          waiting.delete(again);
          clearTimeout(timer);
        };
      }, [attempt]);
      if (attempt.failed) return fallback ? fallback(again) : null;
      const onLoadError = () => setAttempt((now) => ({ ...now, failed: true }));
      return createElement(
        PartBoundary,
        { onLoadError },
        createElement(Suspense, { fallback: null }, createElement(Loader, { props, seen: attempt.seen })),
      );
    };
    Part.displayName = `Lazy${name}`;
    return Object.assign(memo(Part), { preload });
  }

  return { preload, part };
}
