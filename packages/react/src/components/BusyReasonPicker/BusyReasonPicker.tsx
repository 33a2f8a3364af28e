import { useMemo } from 'react';
import { useMessages } from '../../hooks/useMessages';
import { numberPickerProps, OptionPicker, type PickerProps } from '../Picker/OptionPicker';

export interface BusyReasonOption {
  id: number;
  name: string;
}

/** The vendor's plain busy, with no reason. */
export const PLAIN_BUSY = 1;

export interface BusyReasonPickerProps extends PickerProps<number> {
  reasons: readonly BusyReasonOption[];
  /** Offer plain busy (reason 1) first; on by default. */
  includePlainBusy?: boolean;
}

/** A busy-reason `<select>`. Store-free. */
export function BusyReasonPicker({ reasons, includePlainBusy = true, ...props }: BusyReasonPickerProps) {
  const { t } = useMessages();
  const options = useMemo(() => {
    const list = reasons.map((r) => ({ value: String(r.id), label: r.name || String(r.id) }));
    const hasPlain = reasons.some((r) => r.id === PLAIN_BUSY);
    return includePlainBusy && !hasPlain ? [{ value: String(PLAIN_BUSY), label: t('busyReason.plain') }, ...list] : list;
  }, [reasons, includePlainBusy, t]);
  return (
    <OptionPicker
      allowEmpty={false}
      {...numberPickerProps(props)}
      kind="busy-reason-picker"
      options={options}
      defaultLabel={t('field.busyReason')}
    />
  );
}
