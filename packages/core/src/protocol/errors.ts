/** What was wrong with a frame or a message. */
export type ProtocolErrorKind =
  /** The payload was neither a string nor a message object. */
  | 'notText'
  /** A piece of the frame does not look like a JSON object (`{…}`). */
  | 'notJson'
  /** A piece looked like JSON but did not parse. */
  | 'invalidJson'
  /** Parsed, but not an object with a numeric `MT`. */
  | 'notAMessage'
  /** An `MT` we do not know. */
  | 'unknownMessageType'
  /** A known `MT` with a required field missing or of the wrong type. */
  | 'invalidField'
  /** A well-formed message carrying a value we do not know (PhoSta 99, AgSta 99, an MT 10 code…). */
  | 'unknownValue';

const MAX_FRAME_IN_ERROR = 500;

/**
 * A frame or message from the server that could not be understood. It is reported as an event
 * and never thrown at the caller: the client carries on with the next message.
 */
export class ProtocolError extends Error {
  override readonly name = 'ProtocolError';
  readonly kind: ProtocolErrorKind;
  /** The offending text (truncated to 500 characters). */
  readonly frame: string;

  constructor(kind: ProtocolErrorKind, message: string, frame: string) {
    super(message);
    this.kind = kind;
    this.frame = frame.length > MAX_FRAME_IN_ERROR ? `${frame.slice(0, MAX_FRAME_IN_ERROR)}…` : frame;
  }
}
