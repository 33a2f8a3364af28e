import { memo, useCallback, useMemo, useState } from 'react';
import type { WinCallState } from '@wincall/core';
import { useAgentCallers } from '../../hooks/useAgentCallers';
import { agentLabel, useAgentRoster } from '../../hooks/useAgentRoster';
import type { CommandArgs } from '../../hooks/useCommand';
import { useFreeAgents } from '../../hooks/useFreeAgents';
import { useMessages } from '../../hooks/useMessages';
import { useOnlineAgents } from '../../hooks/useOnlineAgents';
import { useQueues } from '../../hooks/useQueues';
import { useRecentNumbers } from '../../hooks/useRecentNumbers';
import { useWinCall } from '../../hooks/useWinCall';
import { useWinCallSelector } from '../../hooks/useWinCallSelector';
import { formatDuration } from '../../utils/format';
import { ConnectedActionButton } from '../ActionButton/ConnectedActionButton';
import { OptionPicker } from '../Picker/OptionPicker';
import { ConnectedQueuePicker } from '../QueuePicker/ConnectedQueuePicker';
import { Ear, ICON, PhoneForwarded, PhoneOutgoing, Users } from '../SoftphoneBar/icons';
import { Directory, type DirectoryEntry, type DirectorySection } from './Directory';

export type DirectoryMode = 'transfer' | 'dial' | 'monitor';

export interface ConnectedDirectoryProps {
  mode: DirectoryMode;
  /** Offer numbers (typed and recent); agents only when false. */
  numbers?: boolean;
  /** Offer agents. */
  agents?: boolean;
  /** Offer queues, the IVR and the survey (transfer mode). */
  transfers?: boolean;
  /** Offer consulting (transfer mode). */
  consult?: boolean;
  /** Start with this entry chosen, e.g. `ivr`. */
  defaultKey?: string | null;
  /** A command went out; `party` names who the agent is now talking to or listening to. */
  onDone?: (party: string) => void;
}

const NONE: never[] = [];
const selectSelf = (state: WinCallState) => state.agent.agentNum;
const selectOwnExtension = (state: WinCallState) => state.agent.extension;

function ConnectedDirectory({ mode, numbers = true, agents = true, transfers = true, consult = true, defaultKey = null, onDone }: ConnectedDirectoryProps) {
  const { t } = useMessages();
  const client = useWinCall();
  const self = useWinCallSelector(selectSelf);
  const ownExtension = useWinCallSelector(selectOwnExtension);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<DirectoryEntry | null>(null);
  const free = useFreeAgents();
  const roster = useAgentRoster();
  const online = useOnlineAgents();
  const queues = useQueues();
  const recent = useRecentNumbers(`wincall:recent:${client.vccCode}`);

  const sections = useMemo((): DirectorySection[] => {
    const out: DirectorySection[] = [];
    if (mode === 'monitor') {
      out.push({
        id: 'online',
        label: t('field.onlineAgent'),
        entries: (online.data ?? NONE).map((a) => {
          // The list of agents on a call has ids and extensions only: names come from the free-agent list.
          const known = roster.get(a.id);
          return {
            key: `agent:${a.id}`,
            kind: 'agent' as const,
            title: known ? `${known.agentNum} ${known.name}` : t('picker.extension', { extension: a.extension }),
            detail: known ? t('picker.agentOnline', { extension: a.extension, time: a.time }) : a.time,
            value: a.id,
          };
        }),
      });
      return out;
    }
    if (agents && (mode === 'dial' || consult || transfers)) {
      const freeAgents = (free.data ?? NONE).filter((a) => a.agentNum !== self);
      out.push({
        id: 'agents',
        label: t('field.freeAgent'),
        entries: freeAgents.map((a) => ({ key: `agent:${a.id}`, kind: 'agent' as const, title: agentLabel(a), detail: t('status.idle'), value: a.id })),
      });
      // Colleagues on a call are listed as such (not missing), but cannot be chosen: the server
      // refuses a call, consult or transfer to an agent already on a call.
      const freeIds = new Set(freeAgents.map((a) => a.id));
      out.push({
        id: 'busyAgents',
        label: t('directory.busyAgents'),
        entries: (online.data ?? NONE)
          .filter((a) => !freeIds.has(a.id) && a.extension !== ownExtension && roster.get(a.id)?.agentNum !== self)
          .map((a) => {
            const known = roster.get(a.id);
            return {
              key: `busy:${a.id}`,
              kind: 'agent' as const,
              title: known ? agentLabel(known) : t('picker.extension', { extension: a.extension }),
              detail: t('directory.onCall', { time: a.seconds === null ? a.time : formatDuration(a.seconds * 1000) }),
              value: a.id,
              unavailable: t('directory.agentBusy'),
            };
          }),
      });
    }
    if (mode === 'transfer' && transfers) {
      out.push({
        id: 'queues',
        label: t('field.queue'),
        entries: (queues.data ?? NONE).map((q) => ({ key: `queue:${q.id}`, kind: 'queue' as const, title: q.name || String(q.id), detail: String(q.id), value: q.id })),
      });
    }
    if (numbers) {
      out.push({
        id: 'recent',
        label: t('section.recent'),
        entries: recent.numbers.map((n) => ({ key: `number:${n}`, kind: 'number' as const, title: n, value: n })),
      });
    }
    if (mode === 'transfer' && transfers) {
      out.push({
        id: 'special',
        label: t('directory.special'),
        entries: [
          { key: 'ivr', kind: 'ivr', title: t('action.transferToIvr'), value: 'ivr' },
          { key: 'survey', kind: 'survey', title: t('action.evaluate'), value: 'survey' },
        ],
      });
    }
    return out;
  }, [mode, agents, consult, transfers, numbers, free.data, online.data, roster, queues.data, recent.numbers, self, ownExtension, t]);

  const listed = sections.flatMap((s) => s.entries);
  // A colleague chosen earlier who is no longer free (the lists were fetched again) is not offered.
  const current = selected?.kind === 'agent' ? (listed.find((e) => e.key === selected.key) ?? null) : selected;
  const chosen = (current && !current.unavailable ? current : null) ?? (defaultKey ? (listed.find((e) => e.key === defaultKey) ?? null) : null);
  const extensionOf = (id: number) => free.data?.find((a) => a.id === id)?.extension ?? roster.get(id)?.extension;
  const loading = free.isFetching || online.isFetching || queues.isFetching;
  return (
    <div className="wincall-directory-sheet" data-mode={mode}>
      <Directory
        label={mode === 'monitor' ? t('directory.searchAgents') : t('directory.search')}
        query={query}
        onQueryChange={setQuery}
        sections={sections}
        selectedKey={chosen?.key ?? null}
        onSelect={setSelected}
        status={loading ? t('picker.loading') : null}
      />
      <div className="wincall-directory-actions" aria-live="polite">
        {chosen ? (
          <DirectoryActions
            mode={mode}
            entry={chosen}
            extension={chosen.kind === 'agent' ? extensionOf(Number(chosen.value)) : undefined}
            consult={consult}
            transfers={transfers}
            onDone={onDone}
            addRecent={recent.add}
          />
        ) : (
          <p className="wincall-hint">{t('directory.choose')}</p>
        )}
      </div>
    </div>
  );
}

interface ActionsProps {
  mode: DirectoryMode;
  entry: DirectoryEntry;
  /** The chosen colleague's extension (a blind transfer dials it). */
  extension: string | undefined;
  consult: boolean;
  transfers: boolean;
  onDone: ((party: string) => void) | undefined;
  addRecent: (number: string) => void;
}

function DirectoryActions({ mode, entry, extension, consult, transfers, onDone, addRecent }: ActionsProps) {
  const { t } = useMessages();
  const done = useCallback(() => onDone?.(entry.title), [onDone, entry.title]);
  const doneNumber = useCallback(() => {
    addRecent(String(entry.value));
    onDone?.(entry.title);
  }, [addRecent, onDone, entry]);
  const id = Number(entry.value);
  const number = String(entry.value);

  if (mode === 'monitor') {
    return <ConnectedActionButton command="chanspy" args={[id]} variant="primary" label={t('action.chanspy')} icon={<Ear {...ICON} />} onDone={done} />;
  }
  if (mode === 'dial') {
    if (entry.kind === 'agent') {
      return <ConnectedActionButton command="dialInner" args={[id]} variant="primary" label={t('action.dialInner')} icon={<Users {...ICON} />} onDone={done} />;
    }
    return <DialNumber number={number} onDone={doneNumber} />;
  }
  switch (entry.kind) {
    case 'agent':
      // wintel has no "transfer to an agent": BLIND TRANSFER takes a number, and the PBX rings an
      // extension dialled as one. The record still names the agent (`agentId`).
      return (
        <>
          {consult ? (
            <ConnectedActionButton command="consultInner" args={[id]} variant="primary" label={t('action.consultInner')} icon={<Users {...ICON} />} onDone={done} />
          ) : null}
          {transfers && extension ? (
            <>
              <ConnectedActionButton
                command="blindTransfer"
                args={[extension, { agentId: id }]}
                label={t('action.transferToAgent')}
                icon={<PhoneForwarded {...ICON} />}
                onDone={done}
              />
              <p className="wincall-hint wincall-directory-hint">{t('directory.transferHint')}</p>
            </>
          ) : null}
        </>
      );
    case 'queue':
      return transfers ? (
        <ConnectedActionButton command="transferToQueue" args={[id]} variant="primary" label={t('action.transferToQueue')} icon={<PhoneForwarded {...ICON} />} onDone={done} />
      ) : null;
    case 'number':
      return (
        <>
          {consult ? (
            <ConnectedActionButton command="consultOuter" args={[number]} variant="primary" label={t('action.consultOuter')} icon={<Users {...ICON} />} onDone={doneNumber} />
          ) : null}
          {transfers ? (
            <ConnectedActionButton command="blindTransfer" args={[number]} label={t('action.blindTransfer')} icon={<PhoneForwarded {...ICON} />} onDone={doneNumber} />
          ) : null}
        </>
      );
    case 'ivr':
    case 'survey':
      return (
        <>
          <p className="wincall-confirm">{t(entry.kind === 'ivr' ? 'directory.confirmIvr' : 'directory.confirmSurvey')}</p>
          <ConnectedActionButton
            command={entry.kind === 'ivr' ? 'transferToIvr' : 'evaluate'}
            variant="primary"
            label={t(entry.kind === 'ivr' ? 'action.transferToIvr' : 'action.evaluate')}
            icon={<PhoneForwarded {...ICON} />}
            onDone={done}
          />
        </>
      );
  }
}

function DialNumber({ number, onDone }: { number: string; onDone: () => void }) {
  const { t } = useMessages();
  const callers = useAgentCallers();
  const [caller, setCaller] = useState<string | null>(null);
  const [queueId, setQueueId] = useState<number | null>(null);
  const chosenCaller = caller !== null && callers.includes(caller) ? caller : (callers[0] ?? null);
  const callerOptions = useMemo(() => callers.map((c) => ({ value: c, label: c })), [callers]);
  const args = useMemo(
    (): CommandArgs<'dialOuter'> => [number, { ...(chosenCaller !== null ? { caller: chosenCaller } : {}), ...(queueId !== null ? { queueId } : {}) }],
    [number, chosenCaller, queueId],
  );
  return (
    <>
      <OptionPicker kind="caller-picker" defaultLabel={t('field.caller')} options={callerOptions} allowEmpty={false} value={chosenCaller} onValueChange={setCaller} />
      <ConnectedQueuePicker value={queueId} onValueChange={setQueueId} />
      <ConnectedActionButton command="dialOuter" args={args} variant="primary" label={t('action.dialOuter')} icon={<PhoneOutgoing {...ICON} />} onDone={onDone} />
    </>
  );
}

/** The directory fed by the config API, with the actions its choice allows in `mode`. */
const MemoConnectedDirectory = memo(ConnectedDirectory);
export { MemoConnectedDirectory as ConnectedDirectory };
