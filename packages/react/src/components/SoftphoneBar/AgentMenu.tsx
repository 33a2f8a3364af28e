import { memo, useContext, useState } from 'react';
import type { WinCallState } from '@wincall/core';
import { CommandErrorContext } from '../../context';
import { useAgentRoster } from '../../hooks/useAgentRoster';
import { useCommand } from '../../hooks/useCommand';
import { useConnection } from '../../hooks/useConnection';
import { useMessages } from '../../hooks/useMessages';
import { useWinCallSelector } from '../../hooks/useWinCallSelector';
import { AudioSettings } from '../lazyParts';
import { Menu, type MenuItem } from '../Menu/Menu';
import { Sheet } from '../Sheet/Sheet';
import { useWinCall } from '../../hooks/useWinCall';
import { deepActiveElement } from '../../utils/focus';
import { ICON, Loader, LogOut, UserRound, Volume2, Wifi, WifiOff } from './icons';

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
const ROSTER_REFRESH_MS = 60_000;

function AgentIdentity() {
  const agentNum = useWinCallSelector(selectAgentNum);
  const extension = useWinCallSelector(selectExtension);
  // Mounted for the whole session: the free-agent list is fetched again every minute, so the bar
  // can name the colleagues who call or consult later (the wire gives only their id and extension).
  const roster = useAgentRoster(ROSTER_REFRESH_MS);
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
  const hasPhone = Boolean(useWinCall().phone);
  const [audio, setAudio] = useState<{ returnFocus: HTMLElement | null } | null>(null);
  const who = [agentNum && t('agent.number', { agentNum }), extension && t('agent.extension', { extension })].filter(Boolean).join(' · ');
  const items: MenuItem[] = [
    {
      id: 'logout',
      label: t('action.logout'),
      icon: <LogOut {...ICON} />,
      disabled: blocked !== null || logout.pending,
      ...(blocked ? { detail: t(`reason.${blocked}`) } : {}),
      onSelect: () => void logout.run(),
    },
  ];
  if (hasPhone) {
    items.unshift({
      id: 'audio',
      label: t('agent.audioSettings'),
      icon: <Volume2 {...ICON} />,
      onSelect: () => {
        // The menu has just given focus back to its trigger: the sheet returns it there too.
        const focused = deepActiveElement();
        setAudio({ returnFocus: focused instanceof HTMLElement ? focused : null });
      },
    });
  }
  return (
    <>
      <Menu label={t('agent.menu')} icon={<UserRound {...ICON} />} iconOnly className="wincall-agent-menu" header={who || null} items={items} />
      {hasPhone ? (
        <Sheet label={t('agent.audioSettings')} open={audio !== null} onClose={() => setAudio(null)} returnFocus={audio?.returnFocus ?? null}>
          {audio ? <AudioSettings /> : null}
        </Sheet>
      ) : null}
    </>
  );
}

/** The signed-in agent's name, number and extension. */
const MemoAgentIdentity = memo(AgentIdentity);
/** The connection indicator (icon with words for assistive technology and a tooltip). */
const MemoConnectionIndicator = memo(ConnectionIndicator);
/** Who is signed in, on which extension, and sign-out. */
const MemoAgentMenu = memo(AgentMenu);
export { MemoConnectionIndicator as ConnectionIndicator, MemoAgentMenu as AgentMenu, MemoAgentIdentity as AgentIdentity };
