import type { ResponseShape } from './response';

/**
 * The legacy `QUEUESTATE`: what the agent is doing as far as the queues are concerned. Dialling
 * is only allowed in 1, 2 and 3 (and in 5 after an automatic UNBUSY).
 */
export const QUEUE_STATE = {
  signedOut: 0,
  idle: 1,
  busy: 2,
  /** Set idle by UNBUSY or the server (the legacy client called it "unbusy"). */
  unbusy: 3,
  occupied: 4,
  afterCallWork: 5,
  offline: 7,
} as const;

export type QueueState = (typeof QUEUE_STATE)[keyof typeof QUEUE_STATE];

interface AgentResponse {
  code: string;
  queueState: QueueState;
  shape: ResponseShape;
  /** The call parameter the message's `AgStaParam` is stored under. */
  param?: 'BusyReason' | 'CallAfterwardsSecs';
}

const BUSY_BUTTONS: ResponseShape = {
  enable: ['unbusy', 'dialinner', 'dialouter', 'enable_autocall'],
  disable: ['busy', 'hangup'],
};

/** MT 4 by `AgSta` (protocol.md §3.3). Strict lookups, like the legacy `switch`. */
export const AGENT_RESPONSES: ReadonlyMap<unknown, AgentResponse> = new Map<unknown, AgentResponse>([
  [
    2,
    {
      code: '002',
      queueState: QUEUE_STATE.busy,
      shape: { type: 'system_busy_event', queStatus: '忙碌', ...BUSY_BUTTONS },
      param: 'BusyReason',
    },
  ],
  [
    3,
    {
      code: '003',
      queueState: QUEUE_STATE.unbusy,
      shape: {
        type: 'system_unbusy_event',
        queStatus: '空闲',
        enable: ['busy', 'dialinner', 'dialouter', 'enable_autocall', 'chanspy'],
        disable: ['unbusy', 'hangup', 'intercept', 'breakin'],
      },
    },
  ],
  [
    4,
    {
      code: '004',
      queueState: QUEUE_STATE.occupied,
      shape: {
        queStatus: '系统占用',
        enable: ['hangup'],
        disable: ['unbusy', 'busy', 'dialinner', 'dialouter', 'chanspy', 'intercept', 'breakin'],
      },
    },
  ],
  [
    5,
    {
      code: '005',
      queueState: QUEUE_STATE.afterCallWork,
      shape: { type: 'call_afterwards_event', queStatus: '事后处理', enable: ['unbusy', 'busy'] },
      param: 'CallAfterwardsSecs',
    },
  ],
  [7, { code: '007', queueState: QUEUE_STATE.offline, shape: { queStatus: '电话离线', enable: ['login'], disable: '*' } }],
  [
    11,
    {
      code: '011',
      queueState: QUEUE_STATE.unbusy,
      shape: {
        queStatus: '空闲',
        enable: ['busy', 'dialinner', 'dialouter', 'enable_autocall'],
        disable: ['unbusy', 'hangup'],
      },
    },
  ],
  [12, { code: '012', queueState: QUEUE_STATE.busy, shape: { queStatus: '忙碌', ...BUSY_BUTTONS } }],
]);
