export type { Transport, TransportListener, TransportStatus } from './types';
export { createSocketTransport, type SocketLike, type IoFactory, type SocketTransportOptions } from './socketTransport';
export {
  createMemoryTransport,
  type MemoryServer,
  type MemoryConnection,
  type MemoryTransportOptions,
} from './memoryTransport';
