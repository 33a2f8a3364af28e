import { useId, type CSSProperties, type KeyboardEvent } from 'react';
import { useMessages } from '../../hooks/useMessages';
import { cx } from '../../utils/format';
import { useControllableState } from '../../utils/useControllableState';

export const DIALPAD_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'] as const;
export type DialpadKey = (typeof DIALPAD_KEYS)[number];

export interface DialpadProps {
  /** One key was pressed (e.g. send it as DTMF). */
  onDigit?: (digit: DialpadKey) => void;
  /** The keys pressed so far (controlled). */
  value?: string;
  defaultValue?: string;
  onValueChange?: (value: string) => void;
  disabled?: boolean;
  /** Why the keypad is disabled (shown as the group's description). */
  disabledReason?: string;
  label?: string;
  /** Show the keys pressed so far; on by default. */
  showValue?: boolean;
  className?: string;
  style?: CSSProperties;
}

const isKey = (key: string): key is DialpadKey => (DIALPAD_KEYS as readonly string[]).includes(key);

/** A 12-key keypad of real buttons. Typing 0-9 * # while it has focus presses the key too. Store-free. */
export function Dialpad(props: DialpadProps) {
  const { t } = useMessages();
  const outputId = useId();
  const reasonId = useId();
  const [value, setValue] = useControllableState(props.value, props.defaultValue ?? '', props.onValueChange);
  const disabled = props.disabled === true;

  const press = (digit: DialpadKey) => {
    if (disabled) return;
    setValue(value + digit);
    props.onDigit?.(digit);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || !isKey(event.key)) return;
    event.preventDefault();
    press(event.key);
  };

  return (
    <div
      role="group"
      aria-label={props.label ?? t('dialpad.label')}
      aria-describedby={disabled && props.disabledReason ? reasonId : undefined}
      className={cx('wincall-dialpad', props.className)}
      style={props.style}
      data-state={disabled ? 'disabled' : 'enabled'}
      onKeyDown={onKeyDown}
    >
      {props.showValue !== false && (
        <div className="wincall-dialpad-value">
          <span className="wincall-label" id={outputId}>
            {t('dialpad.sent')}
          </span>{' '}
          <output aria-labelledby={outputId}>{value}</output>
        </div>
      )}
      <div className="wincall-dialpad-keys">
        {DIALPAD_KEYS.map((key) => (
          <button
            key={key}
            type="button"
            className="wincall-button wincall-dialpad-key"
            disabled={disabled}
            onClick={() => press(key)}
          >
            {key}
          </button>
        ))}
      </div>
      {disabled && props.disabledReason && (
        <span id={reasonId} className="wincall-visually-hidden">
          {props.disabledReason}
        </span>
      )}
    </div>
  );
}
