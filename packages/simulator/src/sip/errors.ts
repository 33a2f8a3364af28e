/** Why the rig failed, as a stable value a test or the simulator can branch on. */
export type SipRigErrorCode =
  /** A server binary is not installed; the message holds the `apt-get install` line. */
  | 'missingBinary'
  /** A server did not become ready in time, or exited while starting. */
  | 'startFailed'
  /** A server exited while the rig was running. */
  | 'processExited'
  /** Something expected (a state, a reply) did not happen in time. */
  | 'timeout'
  /** The rig (or the leg) was stopped while the operation was pending. */
  | 'stopped'
  /** A caller leg ended before reaching the state a test waited for. */
  | 'legEnded'
  /** A server answered, but not with what we asked for. */
  | 'serverError';

export class SipRigError extends Error {
  override readonly name = 'SipRigError';
  readonly code: SipRigErrorCode;

  constructor(code: SipRigErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
