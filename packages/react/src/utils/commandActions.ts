import type { ActionName } from '@wincall/core';
import type { CommandName } from '../hooks/useCommand';

/** The vendor action that guards each command (`dtmf` has none of its own; `query` is never guarded). */
export const ACTION_OF_COMMAND: Readonly<Record<CommandName, ActionName | 'dtmf' | null>> = {
  login: 'login',
  logout: 'logout',
  busy: 'busy',
  unbusy: 'unbusy',
  hangup: 'hangup',
  answer: 'answer',
  hold: 'hold',
  restore: 'restore',
  dialInner: 'dialinner',
  dialOuter: 'dialouter',
  consultInner: 'consultinner',
  consultOuter: 'consultouter',
  consultBack: 'consultback',
  transfer: 'transfer',
  threeWay: 'threeway',
  threeWayBack: 'threewayback',
  chanspy: 'chanspy',
  intercept: 'intercept',
  breakin: 'breakin',
  evaluate: 'evaluate',
  dtmf: 'dtmf',
  transferToIvr: 'transivr',
  transferToQueue: 'transque',
  transferToTenantQueue: 'transvccque',
  blindTransfer: 'blindtrans',
  joinAutoDial: 'enable_autocall',
  leaveAutoDial: 'disable_autocall',
  query: null,
};
