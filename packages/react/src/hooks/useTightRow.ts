import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * Whether the one-row bar is wider than its container (a narrow screen, long English labels, the
 * browser phone's controls): then its actions show their icons alone (their words stay their
 * accessible names and tooltips) instead of pushing the row past the page. Measured, not guessed
 * from a breakpoint: the row starts with words again whenever `reset` changes (the call moved on)
 * or the container grows, and falls back to icons before the browser paints if it does not fit.
 */
export function useTightRow(ref: RefObject<HTMLElement | null>, active: boolean, reset: string): boolean {
  /** The `reset` key under which the row went tight: another key starts with words again. */
  const [tightFor, setTightFor] = useState<string | null>(null);
  /** The container's width when the row went tight: more room than that, and words may fit again. */
  const tightAt = useRef(0);
  const key = active ? reset : null;
  const tight = key !== null && tightFor === key;
  useLayoutEffect(() => {
    const root = ref.current;
    const container = root?.parentElement;
    if (key === null || !root || !container || typeof ResizeObserver === 'undefined') return;
    const check = () => {
      if (tight) {
        if (container.clientWidth > tightAt.current) setTightFor(null);
        return;
      }
      // The row is as wide as its content (min-width: max-content): wider than the container means it spills.
      if (root.getBoundingClientRect().width > container.clientWidth + 1) {
        tightAt.current = container.clientWidth;
        setTightFor(key);
      }
    };
    check();
    const observer = new ResizeObserver(check);
    observer.observe(root);
    observer.observe(container);
    return () => observer.disconnect();
  }, [ref, key, tight]);
  return tight;
}
