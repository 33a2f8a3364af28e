import { useMessages } from '../../hooks/useMessages';
import { useRefreshOnOpen } from '../../hooks/useRefreshOnOpen';
import { useQueueOptions } from '../../hooks/useQueueOptions';
import { QueuePicker, type QueuePickerProps } from './QueuePicker';

export interface ConnectedQueuePickerProps extends Omit<QueuePickerProps, 'queues'> {
  /** `agent` (default): the signed-in agent's queues, named from the config API; `all`: every queue of the tenant. */
  source?: 'agent' | 'all';
}

/** `QueuePicker` fed by the client state and the config API. */
export function ConnectedQueuePicker({ source = 'agent', onOpen, ...props }: ConnectedQueuePickerProps) {
  const { t } = useMessages();
  const { queues, query } = useQueueOptions(source);
  const refresh = useRefreshOnOpen('queues', onOpen);
  return (
    <QueuePicker
      {...props}
      queues={queues}
      loading={props.loading ?? query.isFetching}
      error={props.error ?? (query.isError ? t('picker.error') : null)}
      onOpen={refresh}
    />
  );
}
