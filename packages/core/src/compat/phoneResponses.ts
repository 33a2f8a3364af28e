import { looselyEquals } from './loose';
import type { ResponseShape } from './response';

interface PhoneResponse {
  code: string;
  shape?: ResponseShape;
  /** What the message says about "in a call" (the legacy `isCalling` flag), when it says anything. */
  inCall?: boolean;
}

/** The call-control buttons a hangup turns off. */
const CALL_BUTTONS_OFF = [
  'consultinner',
  'consultouter',
  'hangup',
  'evaluate',
  'transfer',
  'hold',
  'restore',
  'consultback',
  'threeway',
  'threewayback',
  'transque',
  'transvccque',
  'transivr',
  'blindtrans',
  'intercept',
  'breakin',
] as const;

const CONSULT_ENDED: ResponseShape = {
  enable: ['consultinner', 'consultouter'],
  disable: ['consultback', 'transfer', 'threeway'],
};

/** MT 3 by `PhoSta` (protocol.md §3.2), except the ringing states 5 and 7 (see `ringResponse`). */
export const PHONE_RESPONSES: ReadonlyMap<unknown, PhoneResponse> = new Map<unknown, PhoneResponse>([
  [
    0,
    {
      code: '0000',
      inCall: false,
      shape: {
        type: 'call_done_event',
        agStatus: '通话完成',
        enable: ['enable_autocall', 'chanspy', 'busy', 'unbusy'],
        disable: CALL_BUTTONS_OFF,
      },
    },
  ],
  [4, { code: '0400', shape: { type: 'calling_event', agStatus: '呼叫中', enable: ['hangup'], disable: ['enable_autocall'] } }],
  [
    6,
    {
      code: '0600',
      inCall: true,
      shape: {
        type: 'call_connected_event',
        agStatus: '通话中',
        enable: [
          'hangup',
          'evaluate',
          'consultinner',
          'consultouter',
          'hold',
          'transque',
          'transvccque',
          'transivr',
          'blindtrans',
          'intercept',
          'breakin',
        ],
        disable: ['enable_autocall', 'chanspy'],
      },
    },
  ],
  [8, { code: '0800', inCall: true }],
  [9, { code: '0900', inCall: false }],
  [10, { code: '1000' }],
  [21, { code: '2100' }],
  [22, { code: '2200', shape: { enable: ['threeway', 'transfer'], disable: ['consultinner', 'consultouter'] } }],
  [23, { code: '2300', shape: CONSULT_ENDED }],
  [24, { code: '2400', shape: CONSULT_ENDED }],
  [25, { code: '2500', shape: { enable: ['threewayback'], disable: ['consultback', 'transfer', 'threeway'] } }],
  [26, { code: '2600', shape: { enable: ['consultinner', 'consultouter'], disable: ['threewayback'] } }],
  [31, { code: '3100' }],
  [32, { code: '3200' }],
  [33, { code: '3300' }],
  [34, { code: '3400' }],
  [35, { code: '3500' }],
  [40, { code: '4000', inCall: false }],
  [55, { code: '5500' }],
]);

/** Ringing (PhoSta 5) and always-on ringing (PhoSta 7). */
export const RINGING_STATES: ReadonlySet<unknown> = new Set([5, 7]);

const ringing = (code: string, type: ResponseShape['type'], agStatus: string): PhoneResponse => ({
  code,
  shape: { type, agStatus, enable: ['hangup'] },
});

/** RingType 1–5 and 7 (protocol.md §3.2); RingType 0 depends on OAgId. */
const RING_RESPONSES: ReadonlyMap<unknown, PhoneResponse> = new Map<unknown, PhoneResponse>([
  [1, ringing('0501', 'ring_queue_event', '技能组分配来电')],
  [2, ringing('0502', 'ring_outbound_event', '外呼来电')],
  [3, ringing('0503', 'ring_chanspy_event', '监听来电')],
  [4, ringing('0504', 'ring_consult_event', '咨询来电')],
  [5, ringing('0505', 'ring_autocall_event', '自动外呼来电')],
  [7, { code: '0507' }],
]);

const RING_INNER = ringing('0500', 'ring_inner_event', '内线来电');
const RING_OUTER = ringing('0508', 'ring_outer_event', '外线来电');

/**
 * The response to a ringing message. Lookups are strict (a RingType of `"1"` is unknown), the
 * way the legacy `switch` compared; only OAgId was compared loosely (`== 0`), so an empty or
 * `"0"` OAgId also means "an outside line".
 */
export function ringResponse(ringType: unknown, otherAgentId: unknown): PhoneResponse {
  if (ringType === 0) return looselyEquals(otherAgentId, 0) ? RING_OUTER : RING_INNER;
  return RING_RESPONSES.get(ringType) ?? { code: `INCOMING_CALL${String(ringType)}` };
}
