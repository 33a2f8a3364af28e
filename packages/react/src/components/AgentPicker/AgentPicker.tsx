import { useMemo } from 'react';
import { useMessages } from '../../hooks/useMessages';
import { numberPickerProps, OptionPicker, type PickerProps } from '../Picker/OptionPicker';

export interface AgentOption {
  /** The agent id used by commands (`AgID`). */
  id: number;
  agentNum?: string;
  name?: string;
  extension?: string;
  /** Time in state as the server formats it (on-the-line agents). */
  time?: string;
}

export interface AgentPickerProps extends PickerProps<number> {
  agents: readonly AgentOption[];
  /** `free`: idle agents to call or consult; `online`: agents on a call to monitor. */
  variant?: 'free' | 'online';
  /** Leave this agent number out (the signed-in agent). */
  excludeAgentNum?: string;
}

/** An agent `<select>`. Store-free. */
export function AgentPicker({ agents, variant = 'free', excludeAgentNum, ...props }: AgentPickerProps) {
  const { t } = useMessages();
  const options = useMemo(
    () =>
      agents
        .filter((a) => excludeAgentNum === undefined || a.agentNum !== excludeAgentNum)
        .map((a) => ({
          value: String(a.id),
          label:
            variant === 'online'
              ? // Named when the name is known (the list of agents on a call has none): never by internal id.
                [a.agentNum || a.name ? `${a.agentNum ?? ''} ${a.name ?? ''}`.trim() : '', t('picker.agentOnline', { extension: a.extension ?? '', time: a.time ?? '' })]
                  .filter(Boolean)
                  .join(' · ')
              : t('picker.agentFree', { agentNum: a.agentNum || String(a.id), name: a.name ?? '' }).trim(),
        })),
    [agents, variant, excludeAgentNum, t],
  );
  return (
    <OptionPicker
      {...numberPickerProps(props)}
      kind="agent-picker"
      options={options}
      defaultLabel={variant === 'online' ? t('field.onlineAgent') : t('field.freeAgent')}
    />
  );
}
