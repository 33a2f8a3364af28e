/**
 * Browser page lifecycle hooks. Runs only where `window` exists, and only when called (never at
 * import). Returns its own cleanup so `destroy()` leaves no listener behind.
 */
export interface LifecycleHandlers {
  /** The page came back from the back/forward cache, or from being frozen. */
  resumed(): void;
  /** The browser says the network is back. */
  online(): void;
  /**
   * The page is shown again (the agent switched back to its tab or restored the window). A hidden
   * page's timers are throttled, in Chrome down to once a minute after a while: a retry may be
   * long overdue.
   */
  visible(): void;
}

export function watchPageLifecycle(handlers: LifecycleHandlers): () => void {
  const target = (globalThis as { window?: Window }).window;
  if (!target || typeof target.addEventListener !== 'function') return () => undefined;
  const doc = target.document;
  const onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted) handlers.resumed();
  };
  const onResume = () => handlers.resumed();
  const onOnline = () => handlers.online();
  const onVisibilityChange = () => {
    if (doc?.visibilityState === 'visible') handlers.visible();
  };
  target.addEventListener('pageshow', onPageShow);
  target.addEventListener('online', onOnline);
  doc?.addEventListener('resume', onResume);
  doc?.addEventListener('visibilitychange', onVisibilityChange);
  return () => {
    target.removeEventListener('pageshow', onPageShow);
    target.removeEventListener('online', onOnline);
    doc?.removeEventListener('resume', onResume);
    doc?.removeEventListener('visibilitychange', onVisibilityChange);
  };
}
