/**
 * How the device configures sip.js: the `UserAgent` (WebSocket transport with keep-alives, the
 * SIP log tap, logging through redaction, no sip.js reconnection or graceful shutdown: the device
 * does both itself) and the `Registerer` (expiry and refresh chosen for hidden tabs, see
 * registration.ts).
 */
import type { PhoneCredentials } from '@wincall/core';
import { Registerer } from 'sip.js/lib/api/registerer.js';
import type { RegistererRegisterOptions } from 'sip.js/lib/api/registerer-register-options.js';
import type { OutgoingRegisterRequest } from 'sip.js/lib/core/messages/methods/register.js';
import type { SessionDescriptionHandlerFactory } from 'sip.js/lib/api/session-description-handler-factory.js';
import type { UserAgentDelegate } from 'sip.js/lib/api/user-agent-delegate.js';
import { UserAgent } from 'sip.js/lib/api/user-agent.js';
import type { LogLevel } from 'sip.js/lib/api/user-agent-options.js';
import { redactSipText } from './sipLog';
import { tapIncoming, tappedTransport } from './sipTransport';

export const REGISTER_EXPIRES_S = 300;
export const REFRESH_PERCENT = 70;
export const KEEP_ALIVE_S = 20;
/** How long the PBX may ring the browser before sip.js answers 480 by itself; the CTI normally decides first. */
const NO_ANSWER_TIMEOUT_S = 120;

export type Log = (level: 'debug' | 'info' | 'warn' | 'error', message: string, data?: unknown) => void;

export interface UserAgentSettings {
  wsUrl: string;
  domain: string;
  log: Log;
  onSip(direction: 'in' | 'out', text: string): void;
  sessionDescriptionHandlerFactory: SessionDescriptionHandlerFactory;
  sessionDescriptionHandlerFactoryOptions: object;
}

const LEVELS: Record<LogLevel, 'debug' | 'info' | 'warn' | 'error'> = { debug: 'debug', log: 'info', warn: 'warn', error: 'error' };

export function createUserAgent(settings: UserAgentSettings, credentials: PhoneCredentials, delegate: UserAgentDelegate): UserAgent {
  const uri = UserAgent.makeURI(`sip:${credentials.user}@${settings.domain}`);
  if (!uri) throw new TypeError(`Not a valid SIP address: sip:${credentials.user}@${settings.domain}`);
  const ua = new UserAgent({
    uri,
    authorizationUsername: credentials.user,
    authorizationPassword: credentials.password,
    transportConstructor: tappedTransport(settings.onSip),
    transportOptions: { server: settings.wsUrl, connectionTimeout: 5, keepAliveInterval: KEEP_ALIVE_S, traceSip: false },
    logBuiltinEnabled: false,
    // Its configuration dump is the one log line that would carry the password's option name.
    logConfiguration: false,
    logLevel: 'log',
    logConnector: (level, category, _label, content) => settings.log(LEVELS[level], `${category}: ${redactSipText(content)}`),
    // The device ends its leg and unregisters itself, in its own order and with its own bounds.
    gracefulShutdown: false,
    noAnswerTimeout: NO_ANSWER_TIMEOUT_S,
    userAgentString: 'wincall-phone (sip.js 0.21.2)',
    sessionDescriptionHandlerFactory: settings.sessionDescriptionHandlerFactory,
    sessionDescriptionHandlerFactoryOptions: settings.sessionDescriptionHandlerFactoryOptions,
    delegate,
  });
  tapIncoming(ua, settings.onSip);
  return ua;
}

/**
 * sip.js refreshes a binding by calling `register()` from its own timer and drops the promise:
 * if one of our REGISTERs is on its way at that moment, the rejection (RequestPendingError) would
 * reach the host page as an unhandled rejection. Our own calls always pass options; its timer's
 * never do, and its outcome arrives through `stateChange` anyway.
 */
class QuietRegisterer extends Registerer {
  override register(options?: RegistererRegisterOptions): Promise<OutgoingRegisterRequest> {
    const sent = super.register(options);
    if (options === undefined) sent.catch(() => {});
    return sent;
  }
}

export function createRegisterer(ua: UserAgent): Registerer {
  return new QuietRegisterer(ua, { expires: REGISTER_EXPIRES_S, refreshFrequency: REFRESH_PERCENT, logConfiguration: false });
}
