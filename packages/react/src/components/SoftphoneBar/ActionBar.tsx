import { memo, useCallback, useContext, useState, type ReactNode } from 'react';
import type { WinCallState } from '@wincall/core';
import { CommandErrorContext, HotkeysContext } from '../../context';
import { useMessages } from '../../hooks/useMessages';
import { useWinCall } from '../../hooks/useWinCall';
import { useWinCallSelector } from '../../hooks/useWinCallSelector';
import { ariaShortcut } from '../../utils/hotkeys';
import { deepActiveElement } from '../../utils/focus';
import { ActionButton } from '../ActionButton/ActionButton';
import { ConnectedActionButton } from '../ActionButton/ConnectedActionButton';
import type { DirectoryMode } from '../Directory/ConnectedDirectory';
import { ConnectedDialpad } from '../Dialpad/ConnectedDialpad';
import { AutoDialControls, ConnectedDirectory, ConnectedWrapUp, MuteButton } from '../lazyParts';
import { Menu, type MenuItem } from '../Menu/Menu';
import { Sheet } from '../Sheet/Sheet';
import { barActionsKey, ENDING_ACTIONS, parseBarActionsKey, type BarActionId, type Features } from './barActions';
import {
  ArrowRightLeft,
  CircleCheck,
  Ear,
  Ellipsis,
  Grid3x3,
  ICON,
  Merge,
  NotebookPen,
  Pause,
  PhoneForwarded,
  PhoneIncoming,
  PhoneOff,
  PhoneOutgoing,
  Play,
  Undo2,
  Users,
  Zap,
} from './icons';

/** The sheets' contents load on demand (one chunk): start when a button that opens them is near. */
const preloadSheets = () => void ConnectedDirectory.preload().catch(() => undefined);

type SheetId = ({ kind: 'directory'; mode: DirectoryMode; defaultKey?: string } | { kind: 'keypad' } | { kind: 'autoDial' } | { kind: 'wrapUp' }) & {
  /** The action that opened it: the sheet closes when that action leaves the state. */
  from: BarActionId;
};

export interface ActionBarProps {
  features: Features;
  /** Someone the agent is now consulting or monitoring, named by the directory. */
  onParty: (party: string) => void;
}

function ActionBar({ features, onParty }: ActionBarProps) {
  const { t } = useMessages();
  const client = useWinCall();
  const hotkeys = useContext(HotkeysContext);
  const reportError = useContext(CommandErrorContext);
  const selectKey = useCallback((state: WinCallState) => barActionsKey(state, features), [features]);
  const { shown, more } = parseBarActionsKey(useWinCallSelector(selectKey));
  const [sheet, setSheet] = useState<SheetId | null>(null);
  const [returnFocus, setReturnFocus] = useState<HTMLElement | null>(null);

  // A sheet whose action left the state (hold closes the keypad) closes with it.
  const open = sheet !== null && (shown.includes(sheet.from) || more.includes(sheet.from)) ? sheet : null;
  const close = useCallback(() => setSheet(null), []);
  const sheetButton = (id: BarActionId, label: string, icon: ReactNode, next: SheetId) => (
    <ActionButton
      key={id}
      label={label}
      icon={icon}
      aria-haspopup="dialog"
      aria-expanded={open?.from === id}
      onPointerEnter={preloadSheets}
      onFocus={preloadSheets}
      onClick={(event) => {
        setReturnFocus(event.currentTarget);
        setSheet(open?.from === id ? null : next);
      }}
    />
  );
  const partyDone = (party: string) => {
    onParty(party);
    close();
  };

  const render = (id: BarActionId): ReactNode => {
    switch (id) {
      case 'ready':
        return <ConnectedActionButton key={id} command="unbusy" variant="primary" label={t('action.ready')} icon={<CircleCheck {...ICON} />} />;
      case 'dial':
        return sheetButton(id, t('action.dial'), <PhoneOutgoing {...ICON} />, { kind: 'directory', mode: 'dial', from: id });
      case 'monitor':
        return sheetButton(id, t('action.monitorMenu'), <Ear {...ICON} />, { kind: 'directory', mode: 'monitor', from: id });
      case 'hangup':
      case 'decline':
      case 'cancel':
        return (
          <ConnectedActionButton
            key={id}
            command="hangup"
            variant="danger"
            label={t(id === 'decline' ? 'action.decline' : id === 'cancel' ? 'action.cancelCall' : 'action.hangup')}
            icon={<PhoneOff {...ICON} />}
            shortcut={ariaShortcut(hotkeys.hangup)}
            keepWhenOffline
          />
        );
      case 'hold':
        return <ConnectedActionButton key={id} command="hold" label={t('action.hold')} icon={<Pause {...ICON} />} shortcut={ariaShortcut(hotkeys.hold)} />;
      case 'restore':
        return <ConnectedActionButton key={id} command="restore" variant="primary" label={t('action.restore')} icon={<Play {...ICON} />} shortcut={ariaShortcut(hotkeys.hold)} />;
      case 'transferSheet':
        return sheetButton(id, t('action.transferMenu'), <ArrowRightLeft {...ICON} />, { kind: 'directory', mode: 'transfer', from: id });
      case 'keypad':
        return sheetButton(id, t('dialpad.label'), <Grid3x3 {...ICON} />, { kind: 'keypad', from: id });
      case 'wrapUp':
        return sheetButton(id, t('action.wrapUp'), <NotebookPen {...ICON} />, { kind: 'wrapUp', from: id });
      case 'consultBack':
        return <ConnectedActionButton key={id} command="consultBack" label={t('action.consultBack')} icon={<Undo2 {...ICON} />} />;
      case 'transfer':
        return <ConnectedActionButton key={id} command="transfer" variant="primary" label={t('action.transfer')} icon={<PhoneForwarded {...ICON} />} />;
      case 'threeWay':
        return <ConnectedActionButton key={id} command="threeWay" label={t('action.threeWay')} icon={<Merge {...ICON} />} />;
      case 'threeWayBack':
        return <ConnectedActionButton key={id} command="threeWayBack" label={t('action.threeWayBack')} icon={<Users {...ICON} />} />;
      case 'breakin':
        return <ConnectedActionButton key={id} command="breakin" variant="primary" label={t('action.breakin')} icon={<Zap {...ICON} />} />;
      case 'intercept':
        return <ConnectedActionButton key={id} command="intercept" label={t('action.intercept')} icon={<PhoneIncoming {...ICON} />} />;
      default:
        return null;
    }
  };

  const openFromMore = useCallback((next: SheetId) => {
    // The menu has just given focus back to its trigger: the sheet returns it there too.
    const focused = deepActiveElement();
    setReturnFocus(focused instanceof HTMLElement ? focused : null);
    setSheet(next);
  }, []);

  const moreItems: MenuItem[] = more.map((id) => {
    const openSheet = (next: SheetId) => () => openFromMore(next);
    switch (id) {
      case 'ivr':
        return { id, label: t('action.transferToIvr'), icon: <PhoneForwarded {...ICON} />, onSelect: openSheet({ kind: 'directory', mode: 'transfer', defaultKey: 'ivr', from: id }) };
      case 'survey':
        return { id, label: t('action.evaluate'), icon: <PhoneForwarded {...ICON} />, onSelect: openSheet({ kind: 'directory', mode: 'transfer', defaultKey: 'survey', from: id }) };
      case 'monitor':
        return { id, label: t('action.monitorMenu'), icon: <Ear {...ICON} />, onSelect: openSheet({ kind: 'directory', mode: 'monitor', from: id }) };
      case 'autoDialJoin':
        return { id, label: t('action.joinAutoDial'), icon: <Zap {...ICON} />, onSelect: openSheet({ kind: 'autoDial', from: id }) };
      case 'wrapUp':
        return { id, label: t('action.wrapUp'), icon: <NotebookPen {...ICON} />, onSelect: openSheet({ kind: 'wrapUp', from: id }) };
      default:
        return {
          id,
          label: t('action.leaveAutoDial'),
          icon: <Zap {...ICON} />,
          onSelect: () => void client.leaveAutoDial().catch((error: unknown) => reportError?.(error instanceof Error ? error : new Error(String(error)))),
        };
    }
  });

  return (
    <div role="group" aria-label={t('section.actions')} className="wincall-actions">
      {shown.filter((id) => !ENDING_ACTIONS.has(id)).map(render)}
      {moreItems.length > 0 ? (
        <span className="wincall-more" onPointerEnter={preloadSheets} onFocus={preloadSheets}>
          <Menu label={t('action.more')} icon={<Ellipsis {...ICON} />} iconOnly items={moreItems} />
        </span>
      ) : null}
      {client.phone && shown.includes('hangup') ? <MuteButton /> : null}
      {/* Hang up keeps one place in every state of the call: the end of the row. */}
      <span className="wincall-actions-end">{shown.filter((id) => ENDING_ACTIONS.has(id)).map(render)}</span>
      <Sheet
        label={
          open?.kind === 'wrapUp'
            ? t('section.wrapUp')
            : open?.kind === 'keypad'
              ? t('dialpad.label')
              : open?.kind === 'autoDial'
                ? t('section.autoDial')
                : open?.mode === 'dial'
                  ? t('section.dial')
                  : open?.mode === 'monitor'
                    ? t('section.supervisor')
                    : t('section.consult')
        }
        open={open !== null}
        onClose={close}
        returnFocus={returnFocus}
      >
        {open?.kind === 'keypad' ? <ConnectedDialpad className="wincall-keypad" /> : null}
        {open?.kind === 'autoDial' ? <AutoDialControls /> : null}
        {open?.kind === 'wrapUp' ? <ConnectedWrapUp onDone={close} /> : null}
        {open?.kind === 'directory' ? (
          <ConnectedDirectory
            mode={open.mode}
            numbers={open.mode === 'dial' ? features.dialOut !== false : true}
            agents={open.mode === 'dial' ? features.dialAgent !== false : true}
            consult={features.consult !== false}
            transfers={features.transfer !== false}
            defaultKey={open.defaultKey ?? null}
            onDone={partyDone}
          />
        ) : null}
      </Sheet>
    </div>
  );
}

/** The current state's actions as icon-and-label buttons, the "more" menu, and the sheets they open. */
const MemoActionBar = memo(ActionBar);
export { MemoActionBar as ActionBar };
