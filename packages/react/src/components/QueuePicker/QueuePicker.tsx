import { useMemo } from 'react';
import { useMessages } from '../../hooks/useMessages';
import { numberPickerProps, OptionPicker, type PickerProps } from '../Picker/OptionPicker';

export interface QueueOption {
  id: number;
  /** Shown as text; falls back to "队列 {id}". */
  name?: string;
}

export interface QueuePickerProps extends PickerProps<number> {
  queues: readonly QueueOption[];
}

/** A queue `<select>`. Store-free: give it the queues and listen to `onValueChange`. */
export function QueuePicker({ queues, ...props }: QueuePickerProps) {
  const { t } = useMessages();
  const options = useMemo(
    () => queues.map((q) => ({ value: String(q.id), label: q.name ? `${q.name} (${q.id})` : t('picker.queueFallback', { id: q.id }) })),
    [queues, t],
  );
  return (
    <OptionPicker
      {...numberPickerProps(props)}
      kind="queue-picker"
      options={options}
      defaultLabel={t('field.queue')}
      placeholder={props.placeholder ?? t('picker.none')}
    />
  );
}
