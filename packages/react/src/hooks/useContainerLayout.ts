import { useLayoutEffect, useState, type RefObject } from 'react';

export type BarLayout = 'bar' | 'panel' | 'compact';

/** Container widths (px) where the layout changes: a row from 720 up, a compact column below 360. */
export const LAYOUT_BREAKPOINTS = { bar: 720, compact: 360 } as const;

/** The layout for a container `width` wide; a coarse pointer (touch) never gets the dense row's small targets. */
export function layoutForWidth(width: number, coarsePointer = false): BarLayout {
  if (width >= LAYOUT_BREAKPOINTS.bar) return 'bar';
  if (width < LAYOUT_BREAKPOINTS.compact || coarsePointer) return 'compact';
  return 'panel';
}

const isCoarse = () => typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;

/**
 * The layout chosen by the width of the element's container (its parent), never by the
 * window's: a bar docked in a 400 px side column is a panel even on a 2560 px screen. `forced`
 * wins. Without ResizeObserver (SSR, jsdom) the layout is `bar` until measured.
 */
export function useContainerLayout(ref: RefObject<HTMLElement | null>, forced?: BarLayout): BarLayout {
  const [measured, setMeasured] = useState<BarLayout>('bar');
  useLayoutEffect(() => {
    // The container, not the bar: a forced-wide row must not keep itself a row by its own width.
    const element = ref.current?.parentElement ?? ref.current;
    if (forced || !element || typeof ResizeObserver === 'undefined') return;
    const update = () => setMeasured(layoutForWidth(element.clientWidth || element.getBoundingClientRect().width, isCoarse()));
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, forced]);
  return forced ?? measured;
}

