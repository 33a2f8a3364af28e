import { useId, type CSSProperties, type ReactNode } from 'react';
import { useMessages } from '../../hooks/useMessages';
import { cx } from '../../utils/format';
import { useControllableState } from '../../utils/useControllableState';

export interface PickerOption {
  value: string;
  label: string;
}

/** Props every picker shares: a labelled native `<select>`, controlled or uncontrolled. */
export interface PickerProps<T> {
  /** Controlled selection (`null` = nothing chosen). */
  value?: T | null;
  /** Initial selection when uncontrolled. */
  defaultValue?: T | null;
  onValueChange?: (value: T | null) => void;
  /** Visible label; a default from the catalog otherwise. */
  label?: ReactNode;
  /** Keep the label for assistive technology only. */
  hideLabel?: boolean;
  /** Text of the empty choice ("请选择"). */
  placeholder?: string;
  /** Offer the empty choice; on by default. */
  allowEmpty?: boolean;
  disabled?: boolean;
  /** The list is being loaded. */
  loading?: boolean;
  /** Loading the list failed: shown under the select. */
  error?: string | null;
  /** Called when the user is about to choose (focus, pointer down): refresh the list here. */
  onOpen?: () => void;
  id?: string;
  name?: string;
  title?: string;
  required?: boolean;
  'aria-describedby'?: string;
  className?: string;
  style?: CSSProperties;
}

interface OptionPickerProps extends PickerProps<string> {
  options: readonly PickerOption[];
  defaultLabel: string;
  kind: string;
}

/** The shared `<select>` behind every picker. Store-free. */
export function OptionPicker(props: OptionPickerProps) {
  const { t } = useMessages();
  const generatedId = useId();
  const id = props.id ?? generatedId;
  const errorId = `${id}-error`;
  const [value, setValue] = useControllableState<string | null>(
    props.value,
    props.defaultValue ?? null,
    props.onValueChange,
  );
  const allowEmpty = props.allowEmpty ?? true;
  const state = props.error ? 'error' : props.loading ? 'loading' : 'ready';
  const known = value !== null && props.options.some((o) => o.value === value);
  const describedBy = cx(props['aria-describedby'], props.error ? errorId : undefined) || undefined;
  const placeholder = props.loading && props.options.length === 0 ? t('picker.loading') : (props.placeholder ?? t('picker.choose'));

  return (
    <div className={cx('wincall-field', `wincall-${props.kind}`, props.className)} style={props.style} data-state={state}>
      <label htmlFor={id} className={props.hideLabel ? 'wincall-visually-hidden' : 'wincall-label'}>
        {props.label ?? props.defaultLabel}
      </label>
      <select
        id={id}
        name={props.name}
        title={props.title}
        required={props.required}
        className="wincall-select"
        value={value ?? ''}
        disabled={props.disabled}
        aria-busy={props.loading || undefined}
        aria-describedby={describedBy}
        aria-invalid={props.error ? true : undefined}
        onChange={(event) => setValue(event.target.value === '' ? null : event.target.value)}
        onFocus={props.onOpen}
        onPointerDown={props.onOpen}
      >
        {(allowEmpty || value === null) && <option value="">{placeholder}</option>}
        {/* A value the list does not (yet) contain stays selectable instead of silently changing. */}
        {value !== null && !known && <option value={value}>{value}</option>}
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {props.error && (
        <span id={errorId} className="wincall-field-error">
          {props.error}
        </span>
      )}
    </div>
  );
}

/** Number-valued pickers map their values through strings for the native select. */
export function numberPickerProps(props: PickerProps<number>): PickerProps<string> {
  const { value, defaultValue, onValueChange, ...rest } = props;
  return {
    ...rest,
    ...(value === undefined ? {} : { value: value === null ? null : String(value) }),
    ...(defaultValue === undefined || defaultValue === null ? {} : { defaultValue: String(defaultValue) }),
    ...(onValueChange ? { onValueChange: (next: string | null) => onValueChange(next === null ? null : Number(next)) } : {}),
  };
}
