import type { CallRecorderMemory } from '../records/builder';

/** What the vault keeps for one agent session, in the vault worker's memory only. */
export interface VaultRecord {
  agentNum: string;
  password: string;
  extension: string;
  alwaysOn?: boolean;
  /** The extension's phone password from the sign-in (the browser phone registers with it). */
  phonePassword?: string;
  /** The role the integrator gave at sign-in. */
  role?: 'agent' | 'supervisor';
  /** The status to resume in. */
  status: 'idle' | 'busy';
  /** Not secret, but the server does not repeat them on a resume. */
  queues?: number[];
  callers?: string[];
  /** The call-record memory (the call in progress), so a reloaded page continues its record. */
  calls?: CallRecorderMemory;
}

export interface SessionVault {
  get(key: string): Promise<VaultRecord | null>;
  put(key: string, record: VaultRecord): void;
  delete(key: string): void;
  close(): void;
}

type SharedWorkerCtor = new (url: string | URL, options?: { name?: string; extendedLifetime?: boolean }) => {
  port: MessagePort;
};

/**
 * Opens the vault worker (`@wincall/core/vault-worker.js`, served from the page's origin).
 * Returns `null` where shared workers do not exist; where `extendedLifetime` is not supported the
 * vault still works across tabs, just not across a reload of the last tab.
 */
export function openSessionVault(workerUrl: string | URL): SessionVault | null {
  const Ctor = (globalThis as { SharedWorker?: SharedWorkerCtor }).SharedWorker;
  if (!Ctor) return null;
  try {
    return vaultOnPort(new Ctor(workerUrl, { name: 'wincall-vault', extendedLifetime: true }).port);
  } catch {
    return null;
  }
}

/**
 * Opens the vault worker shipped next to this module. The `new SharedWorker(new URL('./…',
 * import.meta.url))` form is the one Vite, webpack 5 and Next.js (Turbopack and webpack) recognise:
 * they emit the worker as a file of the app's own origin, so nothing needs wiring. Returns `null`
 * where shared workers do not exist or the module has no URL (the CommonJS build).
 */
export function openBundledSessionVault(): SessionVault | null {
  if (typeof SharedWorker === 'undefined') return null;
  try {
    // A literal bundlers can read (`extendedLifetime` is not in TypeScript's DOM types yet).
    const worker = new SharedWorker(new URL('./vault.worker.js', import.meta.url), { name: 'wincall-vault', ...{ extendedLifetime: true } });
    return vaultOnPort(worker.port);
  } catch {
    return null;
  }
}

function vaultOnPort(port: MessagePort): SessionVault {
  let sequence = 0;
  const waiting = new Map<number, (record: VaultRecord | null) => void>();
  port.onmessage = (event: MessageEvent<{ id: number; value: VaultRecord | null }>) => {
    waiting.get(event.data?.id)?.(event.data.value ?? null);
    waiting.delete(event.data?.id);
  };
  port.start();
  return {
    get(key) {
      const id = ++sequence;
      return new Promise((resolve) => {
        // A vault that does not answer (blocked worker script) simply has nothing.
        const timer = setTimeout(() => {
          waiting.delete(id);
          resolve(null);
        }, 1_000);
        waiting.set(id, (record) => {
          clearTimeout(timer);
          resolve(record);
        });
        port.postMessage({ op: 'get', id, key });
      });
    },
    put(key, record) {
      port.postMessage({ op: 'put', key, value: record });
    },
    delete(key) {
      port.postMessage({ op: 'delete', key });
    },
    close() {
      for (const resolve of waiting.values()) resolve(null);
      waiting.clear();
      port.close();
    },
  };
}
