import { useMemo } from 'react';
import type { QueueOption } from '../components/QueuePicker/QueuePicker';
import { useAgentQueues } from './useAgentQueues';
import { useQueues } from './useQueues';

/**
 * Queues to choose from. `agent`: the signed-in agent's queues, named from the config list (ids
 * without a name still show). `all`: every queue of the tenant (the agent's own without a config API).
 */
export function useQueueOptions(source: 'agent' | 'all') {
  const agentQueues = useAgentQueues();
  const query = useQueues();
  const queues = useMemo<QueueOption[]>(() => {
    const names = new Map((query.data ?? []).map((q) => [q.id, q.name]));
    if (source === 'all' && query.data) return (query.data ?? []).map((q) => ({ id: q.id, name: q.name }));
    return agentQueues.map((id) => ({ id, ...(names.has(id) ? { name: names.get(id)! } : {}) }));
  }, [agentQueues, query.data, source]);
  return { queues, query };
}
