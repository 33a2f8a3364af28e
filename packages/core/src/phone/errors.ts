import { phoneFailureText } from './texts';
import type { PhoneFailure, PhoneFailureCode } from './types';

/** A failure of the browser phone, with a stable `code` and zh/en texts (like `WinCallError`). */
export class PhoneError extends Error {
  override readonly name = 'PhoneError';
  readonly code: PhoneFailureCode;
  readonly sipStatus: number | undefined;

  constructor(code: PhoneFailureCode, options: { sipStatus?: number; cause?: unknown } = {}) {
    super(phoneFailureText(code, 'en'), options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.sipStatus = options.sipStatus;
  }

  /** The text for a locale: `zh-CN` → Chinese, anything else → English. */
  text(locale: string): string {
    return phoneFailureText(this.code, locale);
  }

  /** As the device's state keeps it. */
  toFailure(at: number): PhoneFailure {
    return { code: this.code, at, ...(this.sipStatus === undefined ? {} : { sipStatus: this.sipStatus }) };
  }
}
