// socket.io-client 2 (aliased) ships no types; this is the little the tests use.
declare module 'socket.io-client-v2' {
  interface LegacySocket {
    readonly connected: boolean;
    on(event: string, listener: (...args: never[]) => void): LegacySocket;
    emit(event: string, ...args: unknown[]): LegacySocket;
    close(): LegacySocket;
  }
  function io(url: string, options?: Record<string, unknown>): LegacySocket;
  export default io;
}
