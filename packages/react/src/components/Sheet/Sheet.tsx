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
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    if (!open) return;
    const root = ref.current;
    root?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    const onPointerDown = (event: PointerEvent) => {
      // The path, not the target: inside a shadow root (<wincall-softphone>) the document sees the host.
      const path = event.composedPath();
      if ((root && path.includes(root)) || (returnFocus && path.includes(returnFocus))) return;
      onCloseRef.current();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open, returnFocus]);

  if (!open) return null;
  return (
    <div
      ref={ref}
      role="dialog"
      aria-label={label}
      className={cx('wincall-popover wincall-sheet', className)}
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
