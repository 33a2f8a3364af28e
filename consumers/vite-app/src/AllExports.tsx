// Every exported component and hook, used once: the fixture's type-check proves they all work
// with this app's React types (18 or 19) and TypeScript, `skipLibCheck: false`.
import {
  AgentPicker,
  BusyReasonPicker,
  CallTimer,
  CommandButton,
  ConnectedAfterCallCountdown,
  ConnectedAgentPicker,
  ConnectedBusyReasonPicker,
  ConnectedCallTimer,
  ConnectedDialpad,
  ConnectedIncomingCallBanner,
  ConnectedQueuePicker,
  ConnectedStatusBadge,
  ConnectedStatusTimer,
  Dialpad,
  IncomingCallBanner,
  QueuePicker,
  SoftphoneBar,
  StatusBadge,
  WinCallErrorBoundary,
  WinCallProvider,
  configQueryKey,
  createTranslator,
  useActiveCall,
  useAgent,
  useAgentCallers,
  useAgentQueues,
  useAgentState,
  useAvailableActions,
  useBusyReasons,
  useCall,
  useCan,
  useCommand,
  useConnection,
  useFreeAgents,
  useIncomingCall,
  useLastError,
  useLocale,
  useMessages,
  useNow,
  useOnlineAgents,
  useQueueOptions,
  useQueues,
  useRecentNumbers,
  useTabRole,
  useUnavailableReason,
  useWinCall,
  useWinCallEvent,
  useWinCallSelector,
} from '@wincall/react';
import { createWinCallClient, type CallRecord, type ConfigApi, type SharedWinCallClient } from '@wincall/core';
import { createConfigApi } from '@wincall/core/api';
import { emptyMemory, recordStep } from '@wincall/core/records';
import { createSharedWinCallClient } from '@wincall/core/tabs';

function Hooks() {
  const client = useWinCall();
  const status = useWinCallSelector((state) => state.agent.status);
  const agent = useAgent();
  const queues = useAgentQueues();
  const callers = useAgentCallers();
  const view = useAgentState();
  const active = useActiveCall();
  const call = useCall();
  const incoming = useIncomingCall();
  const actions = useAvailableActions();
  const canHangUp = useCan('hangup');
  const reason = useUnavailableReason('hold');
  const connection = useConnection();
  const error = useLastError();
  useWinCallEvent('callEnded', (event) => void event.talkMs);
  const role = useTabRole();
  const dial = useCommand('dialOuter', { onError: () => undefined });
  const now = useNow(1000);
  const locale = useLocale();
  const { t } = useMessages();
  const reasons = useBusyReasons();
  const allQueues = useQueues();
  const free = useFreeAgents();
  const online = useOnlineAgents();
  const options = useQueueOptions('agent');
  const recent = useRecentNumbers('fixture');
  return (
    <pre>
      {JSON.stringify([client.vccCode, status, agent.status, queues, callers, view.timeInStateMs, active?.phase, call?.durationMs])}
      {JSON.stringify([incoming?.params, actions, canHangUp, reason, connection, error?.code, role, dial.pending, now, locale])}
      {JSON.stringify([t('action.hangup'), reasons.data, allQueues.data, free.data, online.data, options.queues, recent.numbers])}
      {JSON.stringify(configQueryKey('demo', 'queues'))}
    </pre>
  );
}

export function AllExports() {
  const client = createWinCallClient({ serverUrl: 'http://127.0.0.1:6050', vccCode: 'demo' });
  const translator = createTranslator('en');
  return (
    <WinCallErrorBoundary fallback={<p>{translator.t('boundary.title')}</p>} onError={() => undefined}>
      <WinCallProvider client={client} locale="en" hotkeys={{ hangup: 'Alt+H' }}>
        <Hooks />
        <SoftphoneBar theme="dark" features={{ supervisor: false }} defaultExtension="8001" />
        <QueuePicker queues={[{ id: 1, name: 'Sales' }]} onValueChange={() => undefined} />
        <BusyReasonPicker reasons={[{ id: 2, name: 'Lunch' }]} />
        <AgentPicker agents={[]} variant="free" />
        <Dialpad onDigit={() => undefined} />
        <CallTimer since={0} label="Talk" />
        <StatusBadge status="idle" />
        <IncomingCallBanner caller="13800138000" kind="queue" queueName="Sales" />
        <CommandButton command="hangup" variant="danger">
          Hang up
        </CommandButton>
        <ConnectedQueuePicker source="all" />
        <ConnectedBusyReasonPicker />
        <ConnectedAgentPicker variant="online" />
        <ConnectedDialpad />
        <ConnectedCallTimer />
        <ConnectedStatusTimer />
        <ConnectedAfterCallCountdown />
        <ConnectedStatusBadge />
        <ConnectedIncomingCallBanner />
      </WinCallProvider>
    </WinCallErrorBoundary>
  );
}

/** The core's own entry points, as a consumer imports them (type-checked with the app). */
export function coreEntryPoints(): [SharedWinCallClient, ConfigApi, CallRecord[]] {
  const shared = createSharedWinCallClient({ serverUrl: 'http://127.0.0.1:6050', vccCode: 'demo', vaultWorkerUrl: false });
  const api = createConfigApi({ apiUrl: 'http://127.0.0.1:6050', vccCode: 'demo' });
  const step = recordStep(emptyMemory(), { type: 'intent', command: 'dialOuter', target: { type: 'number', number: '13800138000' } });
  return [shared, api, step.records];
}
