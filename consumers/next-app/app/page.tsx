// A Server Component (no 'use client' here): it renders the provider and the bar directly, with
// serializable options, as the README shows.
import { SoftphoneBar, WinCallProvider } from '@wincall/react';

// Set when the app is built (the consumer test points it at its simulator).
const serverUrl = process.env.NEXT_PUBLIC_WINCALL_SERVER ?? 'http://127.0.0.1:6050';

export default function Page() {
  return (
    <main>
      <h1>CRM</h1>
      {/* The simulator's one URL is both the socket.io server and the config API. */}
      <WinCallProvider options={{ serverUrl, apiUrl: serverUrl, vccCode: 'demo', loginDelay: 0 }} shared locale="en">
        <SoftphoneBar />
      </WinCallProvider>
    </main>
  );
}
