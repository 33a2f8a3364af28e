import { createWinCallClient } from '../../src';
import { createSharedWinCallClient, type SharedClientOptions, type SharedWinCallClient, type VaultRecord } from '../../src/tabs';
import { createFakeLocks } from './fakeLocks';
import { createFakeTransport } from './fakeTransport';

/**
 * A browser with several tabs of one agent: shared locks, an optional in-memory vault, and one fake
 * server connection per client a tab creates (`transports`, in the order they were made). Every
 * tab opened is pushed to `tabs`, for the test's `afterEach` to destroy.
 */
export function fakeBrowser(
  tabs: SharedWinCallClient[],
  setup: { vault?: Map<string, VaultRecord> | null; channelName?: string; options?: Partial<SharedClientOptions> } = {},
) {
  const { vault = null, channelName = `test-${Math.random()}`, options } = setup;
  const locks = createFakeLocks();
  const transports: ReturnType<typeof createFakeTransport>[] = [];
  const fakeVault = vault && {
    get: async (key: string) => vault.get(key) ?? null,
    put: (key: string, record: VaultRecord) => void vault.set(key, structuredClone(record)),
    delete: (key: string) => void vault.delete(key),
    close: () => undefined,
  };
  const open = () => {
    const tab = createSharedWinCallClient({
      vccCode: 'demo',
      loginDelay: 0,
      pageLifecycle: false,
      channelName,
      ...options,
      environment: {
        locks,
        vault: fakeVault,
        createClient: (clientOptions) => {
          const fake = createFakeTransport();
          transports.push(fake);
          return createWinCallClient({ ...clientOptions, transport: fake.transport });
        },
      },
    });
    tabs.push(tab);
    return tab;
  };
  return { open, transports };
}
