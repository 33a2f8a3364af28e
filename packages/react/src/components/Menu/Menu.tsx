import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { cx } from '../../utils/format';

export interface MenuItem {
  id: string;
  label: string;
  icon?: ReactNode;
  /** Shown after the label, e.g. why the item cannot be chosen now. */
  detail?: string;
  /** Radio items (`menuitemradio`) carry a checked state; plain items leave it undefined. */
  checked?: boolean;
  disabled?: boolean;
  onSelect: () => void;
}

export interface MenuProps {
  /** The trigger's accessible name (and tooltip when `iconOnly`). */
  label: string;
  /** What the trigger shows; the label when absent. */
  trigger?: ReactNode;
  icon?: ReactNode;
  iconOnly?: boolean;
  items: readonly MenuItem[];
  /** Optional non-interactive heading at the top of the menu (e.g. who is signed in). */
  header?: ReactNode;
  className?: string;
  triggerClassName?: string;
  disabled?: boolean;
  /** Extra attributes for styling, e.g. the status look. */
  dataState?: string;
}

/**
 * A menu button (WAI-ARIA APG pattern): Enter/Space/ArrowDown open it on the first item, arrows
 * move, Home/End jump, Escape and Tab close it, focus returns to the trigger. Store-free.
 */
export function Menu({ label, trigger, icon, iconOnly, items, header, className, triggerClassName, disabled, dataState }: MenuProps) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const focusIndex = useRef(0);

  useEffect(() => {
    if (!open) return;
    itemRefs.current[focusIndex.current]?.focus();
    const onPointerDown = (event: PointerEvent) => {
      // The path, not the target: inside a shadow root (<wincall-softphone>) the document sees the host.
      if (!rootRef.current || !event.composedPath().includes(rootRef.current)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const enabled = () => items.map((item, i) => (item.disabled ? -1 : i)).filter((i) => i >= 0);
  const openAt = (where: 'first' | 'last') => {
    const list = enabled();
    const checked = items.findIndex((item) => item.checked && !item.disabled);
    focusIndex.current = where === 'last' ? (list[list.length - 1] ?? 0) : checked >= 0 ? checked : (list[0] ?? 0);
    setOpen(true);
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) triggerRef.current?.focus();
  };
  const move = (delta: number | 'first' | 'last') => {
    const list = enabled();
    if (list.length === 0) return;
    const at = list.indexOf(itemRefs.current.findIndex((el) => el?.matches(':focus') === true));
    const next = delta === 'first' ? 0 : delta === 'last' ? list.length - 1 : (at + delta + list.length) % list.length;
    itemRefs.current[list[next]!]?.focus();
  };
  const onMenuKeyDown = (event: KeyboardEvent) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(1),
      ArrowUp: () => move(-1),
      Home: () => move('first'),
      End: () => move('last'),
      Escape: () => close(true),
    };
    if (event.key === 'Tab') return close(false);
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    action();
  };
  const onTriggerKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(event.key === 'ArrowUp' ? 'last' : 'first');
    }
  };

  return (
    <div ref={rootRef} className={cx('wincall-menu', className)} data-open={open || undefined}>
      <button
        ref={triggerRef}
        type="button"
        className={cx('wincall-button', iconOnly && 'wincall-icon-button', triggerClassName)}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={iconOnly || trigger ? label : undefined}
        title={iconOnly ? label : undefined}
        disabled={disabled}
        data-state={dataState}
        onClick={() => (open ? close(false) : openAt('first'))}
        onKeyDown={onTriggerKeyDown}
      >
        {icon}
        {iconOnly ? null : (trigger ?? <span className="wincall-button-label">{label}</span>)}
      </button>
      {open ? (
        <div id={menuId} role="menu" aria-label={label} className="wincall-popover wincall-menu-list" onKeyDown={onMenuKeyDown}>
          {header ? (
            <div role="presentation" className="wincall-menu-header">
              {header}
            </div>
          ) : null}
          {items.map((item, i) => (
            <button
              key={item.id}
              ref={(el) => {
                itemRefs.current[i] = el;
              }}
              type="button"
              role={item.checked === undefined ? 'menuitem' : 'menuitemradio'}
              aria-checked={item.checked}
              aria-disabled={item.disabled || undefined}
              tabIndex={-1}
              className="wincall-menu-item"
              data-state={item.checked ? 'checked' : undefined}
              onClick={() => {
                if (item.disabled) return;
                close(true);
                item.onSelect();
              }}
            >
              {item.icon}
              <span className="wincall-menu-label">{item.label}</span>
              {item.detail ? <span className="wincall-menu-detail">{item.detail}</span> : null}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
