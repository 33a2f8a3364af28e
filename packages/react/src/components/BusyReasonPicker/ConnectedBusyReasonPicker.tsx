import { useBusyReasons } from '../../hooks/useBusyReasons';
import { useMessages } from '../../hooks/useMessages';
import { useRefreshOnOpen } from '../../hooks/useRefreshOnOpen';
import { BusyReasonPicker, type BusyReasonPickerProps } from './BusyReasonPicker';

export type ConnectedBusyReasonPickerProps = Omit<BusyReasonPickerProps, 'reasons'>;

const NO_REASONS: never[] = [];

/** `BusyReasonPicker` fed by the config API (plain busy only, without one). */
export function ConnectedBusyReasonPicker({ onOpen, ...props }: ConnectedBusyReasonPickerProps) {
  const { t } = useMessages();
  const query = useBusyReasons();
  const refresh = useRefreshOnOpen('busyReasons', onOpen);
  return (
    <BusyReasonPicker
      {...props}
      reasons={query.data ?? NO_REASONS}
      loading={props.loading ?? query.isFetching}
      error={props.error ?? (query.isError ? t('picker.error') : null)}
      onOpen={refresh}
    />
  );
}
