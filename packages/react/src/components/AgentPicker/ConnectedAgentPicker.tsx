import { useMemo } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { FreeAgent } from '@wincall/core';
import { useAgentRoster } from '../../hooks/useAgentRoster';
import { useFreeAgents } from '../../hooks/useFreeAgents';
import { useMessages } from '../../hooks/useMessages';
import { useOnlineAgents } from '../../hooks/useOnlineAgents';
import { useRefreshOnOpen } from '../../hooks/useRefreshOnOpen';
import { AgentPicker, type AgentOption, type AgentPickerProps } from './AgentPicker';

export type ConnectedAgentPickerProps = Omit<AgentPickerProps, 'agents'>;

const NO_AGENTS: AgentOption[] = [];

function FreeAgentPicker(props: ConnectedAgentPickerProps) {
  return <ConnectedView {...props} list="freeAgents" query={useFreeAgents()} />;
}

function OnlineAgentPicker(props: ConnectedAgentPickerProps) {
  const query = useOnlineAgents();
  const roster = useAgentRoster();
  const agents = useMemo(
    () => query.data?.map((a) => ({ ...a, ...pick(roster.get(a.id)) })),
    [query.data, roster],
  );
  return <ConnectedView {...props} list="onlineAgents" query={query} agents={agents} />;
}

const pick = (known: FreeAgent | undefined) => (known ? { agentNum: known.agentNum, name: known.name } : {});

interface ViewProps extends ConnectedAgentPickerProps {
  list: 'freeAgents' | 'onlineAgents';
  query: UseQueryResult<AgentOption[], Error>;
  /** The list to show, when not `query.data` as it is. */
  agents?: AgentOption[] | undefined;
}

function ConnectedView({ list, query, agents, onOpen, ...props }: ViewProps) {
  const { t } = useMessages();
  // Who is free changes by the second: the list is fetched again whenever the user turns to it.
  const refresh = useRefreshOnOpen(list, onOpen);
  return (
    <AgentPicker
      {...props}
      agents={agents ?? query.data ?? NO_AGENTS}
      loading={props.loading ?? query.isFetching}
      error={props.error ?? (query.isError ? t('picker.error') : null)}
      onOpen={refresh}
    />
  );
}

/** `AgentPicker` fed by the config API: free agents, or agents on a call (`variant="online"`). */
export function ConnectedAgentPicker(props: ConnectedAgentPickerProps) {
  return props.variant === 'online' ? <OnlineAgentPicker {...props} /> : <FreeAgentPicker {...props} />;
}
