import { SIGNED_OUT, type ResponseShape } from './response';

/**
 * What the legacy client showed for a successful result (MT 1), by `Retact`: the Ret values it
 * treated as success and the response they produce. Every other Ret only gets its code and text.
 * LOGIN (2) is absent: its look depends on the requested initial state (see `signedInShape`).
 * BINDTRANS (46) and ALWAYS-ON ANSWER (51) are absent on purpose: the legacy client gave even
 * their successes no type.
 */
export const RESULT_RESPONSES: Readonly<Record<number, { rets: readonly number[]; shape: ResponseShape }>> = {
  1: { rets: [0], shape: SIGNED_OUT },
  // LOGOUT Ret 3 is "signed out because the connection dropped": it looks like a sign-out too.
  3: { rets: [0, 3], shape: SIGNED_OUT },
  // BUSY Ret 3 is "already busy".
  4: {
    rets: [0, 3],
    shape: {
      type: 'busy_action',
      queStatus: '忙碌',
      enable: ['unbusy', 'dialinner', 'dialouter', 'enable_autocall'],
      disable: ['busy', 'hangup'],
    },
  },
  5: {
    rets: [0],
    shape: {
      type: 'unbusy_action',
      queStatus: '空闲',
      enable: ['busy', 'dialinner', 'dialouter', 'enable_autocall', 'chanspy'],
      disable: ['unbusy', 'hangup'],
    },
  },
  // Autocall Ret 4 is "already in / already out".
  9: {
    rets: [0, 4],
    shape: { type: 'enable_autocall_action', enable: ['disable_autocall'], disable: ['enable_autocall'] },
  },
  10: {
    rets: [0, 4],
    shape: { type: 'disable_autocall_action', enable: ['enable_autocall'], disable: ['disable_autocall'] },
  },
  21: { rets: [0], shape: { type: 'callinner_action' } },
  22: { rets: [0], shape: { type: 'callouter_action' } },
  23: { rets: [0], shape: { type: 'hangup_action' } },
  24: {
    rets: [0],
    shape: { type: 'consultinner_action', enable: ['consultback'], disable: ['consultinner', 'consultouter', 'chanspy'] },
  },
  25: {
    rets: [0],
    shape: { type: 'consultouter_action', enable: ['consultback'], disable: ['consultinner', 'consultouter', 'chanspy'] },
  },
  // The legacy lists enable and disable the same buttons here; applied in order, they end disabled.
  26: {
    rets: [0],
    shape: {
      type: 'consultback_action',
      enable: ['consultback', 'transfer'],
      disable: ['transfer', 'consultback', 'threeway', 'chanspy'],
    },
  },
  27: {
    rets: [0],
    shape: { type: 'threeway_action', enable: ['threewayback'], disable: ['threeway', 'transfer', 'consultback', 'chanspy'] },
  },
  28: {
    rets: [0],
    shape: {
      type: 'threewayback_action',
      enable: ['consultinner', 'consultouter'],
      disable: ['threewayback', 'threeway', 'chanspy'],
    },
  },
  29: { rets: [0], shape: { type: 'transfer_action' } },
  30: { rets: [0], shape: { type: 'chanspy_action', enable: ['intercept', 'breakin'], disable: ['chanspy'] } },
  31: {
    rets: [0],
    shape: { type: 'intercept_action', enable: ['hangup'], disable: ['chanspy', 'intercept', 'breakin'] },
  },
  32: { rets: [0], shape: { type: 'breakin_action', enable: ['intercept', 'hangup'], disable: ['chanspy', 'breakin'] } },
  33: { rets: [0], shape: { type: 'hold_action', enable: ['restore'], disable: ['hold'] } },
  34: { rets: [0], shape: { type: 'restore_action', enable: ['hold'], disable: ['restore'] } },
  41: { rets: [0], shape: { type: 'evaluate_action' } },
  43: { rets: [0], shape: { type: 'ivr_action' } },
  44: { rets: [0], shape: { type: 'queue_action' } },
  47: { rets: [0], shape: { type: 'queue_action' } },
};

/** LOGIN's success look: the buttons depend on whether the agent signed in idle or busy. */
export function signedInShape(idle: boolean): ResponseShape {
  return {
    type: 'login_action',
    agStatus: '已签入',
    queStatus: idle ? '空闲' : '忙碌',
    enable: [idle ? 'busy' : 'unbusy', 'enable_autocall', 'logout', 'dialinner', 'dialouter', 'chanspy'],
    disable: ['login'],
  };
}
