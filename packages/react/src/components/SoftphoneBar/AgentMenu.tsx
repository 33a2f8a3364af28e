import { memo, useContext } from 'react';
import type { WinCallState } from '@wincall/core';
import { CommandErrorContext } from '../../context';
import { useAgentRoster } from '../../hooks/useAgentRoster';
import { useCommand } from '../../hooks/useCommand';
import { useConnection } from '../../hooks/useConnection';
import { useMessages } from '../../hooks/useMessages';
import { useWinCallSelector } from '../../hooks/useWinCallSelector';
import { Menu } from '../Menu/Menu';
import { ICON, Loader, LogOut, UserRound, Wifi, WifiOff } from './icons';

const selectAgentNum = (state: WinCallState) => state.agent.agentNum ?? '';
const selectExtension = (state: WinCallState) => state.agent.extension ?? '';
const selectLogoutReason = (state: WinCallState) => (state.call ? 'inCall' : null);

function ConnectionIndicator() {
  const { t } = useMessages();
  const connection = useConnection();
  const Icon = connection === 'connected' ? Wifi : connection === 'reconnecting' || connection === 'connecting' ? Loader : WifiOff;
  const label = t(`connection.${connection}`);
  return (
    <span className="wincall-connection" data-state={connection} role="img" aria-label={label} title={label}>
      <Icon {...ICON} size={16} aria-hidden />
    </span>
  );
}

/**
 * Who is signed in, in the bar itself ("张伟 1001 · 8001"), as in the CCP's and Webex's headers. The
 * name comes from the free-agent list (the agent is free right after signing in); fetching it also
 * lets the bar name the colleagues who call or consult later.
 */
function AgentIdentity() {
  const agentNum = useWinCallSelector(selectAgentNum);
  const extension = useWinCallSelector(selectExtension);
  const roster = useAgentRoster();
  let name = '';
  for (const agent of roster.values()) if (agent.agentNum === agentNum) name = agent.name;
  if (!agentNum) return null;
  return (
    <span className="wincall-agent-id">
      {name ? <span className="wincall-agent-name">{name}</span> : null}
      <span className="wincall-agent-num">{agentNum}</span>
      {extension ? <span className="wincall-agent-ext">{extension}</span> : null}
    </span>
  );
}

function AgentMenu() {
  const { t } = useMessages();
  const agentNum = useWinCallSelector(selectAgentNum);
  const extension = useWinCallSelector(selectExtension);
  const blocked = useWinCallSelector(selectLogoutReason);
  const reportError = useContext(CommandErrorContext);
  const logout = useCommand('logout', { onError: (error) => reportError?.(error) });
  const who = [agentNum && t('agent.number', { agentNum }), extension && t('agent.extension', { extension })].filter(Boolean).join(' · ');
  return (
    <Menu
      label={t('agent.menu')}
      icon={<UserRound {...ICON} />}
      iconOnly
      className="wincall-agent-menu"
      header={who || null}
      items={[
        {
          id: 'logout',
          label: t('action.logout'),
          icon: <LogOut {...ICON} />,
          disabled: blocked !== null || logout.pending,
          ...(blocked ? { detail: t(`reason.${blocked}`) } : {}),
          onSelect: () => void logout.run(),
        },
      ]}
    />
  );
}

/** The signed-in agent's name, number and extension. */
const MemoAgentIdentity = memo(AgentIdentity);
/** The connection indicator (icon with words for assistive technology and a tooltip). */
const MemoConnectionIndicator = memo(ConnectionIndicator);
/** Who is signed in, on which extension, and sign-out. */
const MemoAgentMenu = memo(AgentMenu);
export { MemoConnectionIndicator as ConnectionIndicator, MemoAgentMenu as AgentMenu, MemoAgentIdentity as AgentIdentity };
