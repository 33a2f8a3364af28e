import { callTimer } from './calls';
import type { Context } from './context';
import type { Call } from './types';

/**
 * What an outside number does when dialled, decided by its last three digits (SIP status codes,
 * easy to remember): …486 is busy, …408 rings and is never answered, …404 is unreachable;
 * anything else answers after `farEndAnswer`.
 */
export type OutsideOutcome = 'busy' | 'noAnswer' | 'unreachable' | 'answers';

export function outsideOutcome(number: string): OutsideOutcome {
  if (number.endsWith('486')) return 'busy';
  if (number.endsWith('408')) return 'noAnswer';
  if (number.endsWith('404')) return 'unreachable';
  return 'answers';
}

/** Dials an outside party for `call`; the callbacks die with the call. */
export function dialOutside(
  ctx: Context,
  call: Call,
  number: string,
  on: { ringing(): void; answered(): void; failed(): void },
): void {
  switch (outsideOutcome(number)) {
    case 'busy':
    case 'unreachable':
      on.failed();
      return;
    case 'noAnswer':
      on.ringing();
      callTimer(ctx, call, ctx.timings.noAnswer, on.failed);
      return;
    case 'answers':
      on.ringing();
      callTimer(ctx, call, ctx.timings.farEndAnswer, on.answered);
  }
}
