import { useId, type InputHTMLAttributes } from 'react';
import { cx } from '../../utils/format';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
}

/** A labelled native input. Store-free. */
export function TextField({ label, value, onValueChange, className, id, ...rest }: TextFieldProps) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  return (
    <div className={cx('wincall-field', className)}>
      <label htmlFor={inputId} className="wincall-label">
        {label}
      </label>
      <input
        {...rest}
        id={inputId}
        className="wincall-input"
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
      />
    </div>
  );
}
