import { useEffect, useRef, type ReactNode } from 'react';
import { cx } from '../../utils/format';

export interface SheetProps {
  /** The dialog's accessible name. */
  label: string;
  open: boolean;
  onClose: () => void;
  /** Where focus goes back when the sheet closes (its trigger). */
  returnFocus?: HTMLElement | null;
  children: ReactNode;
  className?: string;
}

const FOCUSABLE = 'input:not([disabled]), select:not([disabled]), button:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A non-modal popover dialog anchored to the bar (transfer directory, keypad, auto-dial): focus
 * moves into it on open, Escape or a click outside closes it, focus returns to its trigger.
 * Store-free.
 */
export function Sheet({ label, open, onClose, returnFocus, children, className }: SheetProps) {
  const ref = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  /** The keyboard focus is (or was last, before the sheet's content went away) inside the sheet. */
  const focusInside = useRef(false);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  // Closed by what happened in it (a command went through, the state moved on): the focused
  // control is gone, so focus goes back to the trigger instead of falling to the page's body.
  useEffect(() => {
    if (open || !focusInside.current) return;
    focusInside.current = false;
    const active = document.activeElement;
    if (active === null || active === document.body) returnFocus?.focus();
  }, [open, returnFocus]);

  useEffect(() => {
    if (!open) return;
    const root = ref.current;
    const focusFirst = () => {
      const first = root?.querySelector<HTMLElement>(FOCUSABLE);
      first?.focus();
      return first != null;
    };
    // Content loaded on demand (the directory) arrives a moment after the sheet opens: focus
    // moves in then, unless the agent has already moved it into the sheet.
    let late: MutationObserver | null = null;
    if (root && !focusFirst()) {
      late = new MutationObserver(() => {
        if (root.contains(document.activeElement) || focusFirst()) late?.disconnect();
      });
      late.observe(root, { childList: true, subtree: true });
    }
    const onPointerDown = (event: PointerEvent) => {
      // The path, not the target: inside a shadow root (<wincall-softphone>) the document sees the host.
      const path = event.composedPath();
      if ((root && path.includes(root)) || (returnFocus && path.includes(returnFocus))) return;
      onCloseRef.current();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      late?.disconnect();
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open, returnFocus]);

  if (!open) return null;
  return (
    <div
      ref={ref}
      role="dialog"
      aria-label={label}
      className={cx('wincall-popover wincall-sheet', className)}
      onFocus={() => {
        focusInside.current = true;
      }}
      onBlur={(event) => {
        // Focus moved elsewhere on purpose (not lost with a removed control).
        if (event.relatedTarget && !event.currentTarget.contains(event.relatedTarget as Node)) focusInside.current = false;
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        onClose();
        returnFocus?.focus();
      }}
    >
      {children}
    </div>
  );
}
