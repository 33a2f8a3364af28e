import { createSharedWinCallClient, type SharedWinCallClient } from '@wincall/core/tabs';
// The vault worker must be served from the page's own origin; Vite copies it and gives its URL.
import vaultWorkerUrl from '@wincall/core/vault-worker.js?url';
import { browserPhone } from '@wincall/phone';
import type { DemoConfig } from '../config';

/**
 * One client per page, shared by every tab of the CRM: the leader tab holds the only socket and the
 * others mirror it; a reloaded page resumes the session from the vault worker without asking for
 * the password again.
 */
export function createDemoClient(config: DemoConfig): SharedWinCallClient {
  const client = createSharedWinCallClient({
    serverUrl: config.serverUrl,
    apiUrl: config.apiUrl,
    vccCode: config.tenant,
    vaultWorkerUrl,
    // Who may monitor, barge in and intercept: the CRM's own staff directory says so.
    supervisors: config.supervisors,
    // Softphone mode: the agent's extension registers on the SIP server from this page (the
    // device, sip.js included, is downloaded when the agent signs in).
    ...(config.phone ? { phone: browserPhone({ wsUrl: config.phone.wsUrl, domain: config.phone.domain }) } : {}),
    // The legacy client paused 500 ms between INIT and LOGIN and some servers rely on it; the
    // bundled simulator does not.
    ...(config.simulator ? { loginDelay: 0 } : {}),
  });
  // Closing the socket as the page goes lets the next tab (or the reloaded page) take over at once.
  // A page kept in the back/forward cache (`persisted`) keeps its client.
  window.addEventListener('pagehide', (event) => {
    if (!event.persisted) client.destroy();
  });
  return client;
}
