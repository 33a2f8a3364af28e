export {
  createSharedWinCallClient,
  type SharedWinCallClient,
  type SharedClientOptions,
  type TabRole,
  type LockManagerLike,
} from './sharedClient';
export { openSessionVault, type SessionVault, type VaultRecord } from './vault';
