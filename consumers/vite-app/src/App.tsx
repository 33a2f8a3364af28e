import { SoftphoneBar, WinCallErrorBoundary, WinCallProvider, useAgentState, useIncomingCall } from '@wincall/react';
import '@wincall/react/styles.css';

const serverUrl = import.meta.env.VITE_WINCALL_SERVER;

function Caller() {
  const incoming = useIncomingCall();
  const { status } = useAgentState();
  return (
    <p data-testid="host-status">
      {status}
      {incoming ? ` ringing ${incoming.params.Caller ?? ''}` : ''}
    </p>
  );
}

export function App() {
  return (
    <WinCallErrorBoundary>
      {/* The simulator's one URL is both the socket.io server and the config API. */}
      <WinCallProvider options={{ serverUrl, apiUrl: serverUrl, vccCode: 'demo', loginDelay: 0 }} shared locale="en">
        <SoftphoneBar />
        <Caller />
      </WinCallProvider>
    </WinCallErrorBoundary>
  );
}
