/**
 * What the wire's numbers mean (docs/protocol/protocol.md §2-§3), in Chinese and English, for
 * people reading frames. The core translates the same numbers into its domain; this table is only
 * for display, which is why it lives in the devtools and not in the bar's bundle.
 */
export interface Meaning {
  zh: string;
  en: string;
}

const m = (zh: string, en: string): Meaning => ({ zh, en });

export const MESSAGE_TYPES: Readonly<Record<number, Meaning>> = {
  1: m('命令结果', 'command result'),
  2: m('心跳', 'heartbeat'),
  3: m('话机状态', 'phone state'),
  4: m('坐席状态', 'agent state'),
  5: m('队列统计', 'queue statistics'),
  6: m('登录后状态', 'state after login'),
  7: m('IVR 结果', 'IVR result'),
  8: m('数据更新', 'data update'),
  10: m('错误 / 班长指令', 'error / supervisor order'),
};

export const ACTIONS: Readonly<Record<number, Meaning & { name: string }>> = Object.fromEntries(
  (
    [
      [100, 'INIT', '初始化(认证)', 'authenticate'],
      [1, 'UNINIT', '签出', 'sign out'],
      [2, 'LOGIN', '登录(进入队列)', 'sign in (join queues)'],
      [3, 'LOGOUT', '登出', 'log out'],
      [4, 'BUSY', '示忙', 'busy'],
      [5, 'UNBUSY', '示闲', 'idle'],
      [6, 'QUERY', '查询状态', 'query state'],
      [7, 'KEEP', '心跳应答', 'heartbeat reply'],
      [9, 'AUTOCALL IN', '加入自动外呼', 'join auto-dial'],
      [10, 'AUTOCALL OUT', '退出自动外呼', 'leave auto-dial'],
      [21, 'DIAL AGENT', '呼叫坐席', 'call an agent'],
      [22, 'DIAL OUT', '外呼', 'dial out'],
      [23, 'HANGUP', '挂机', 'hang up'],
      [24, 'CONSULT AGENT', '咨询坐席', 'consult an agent'],
      [25, 'CONSULT OUT', '咨询外线', 'consult an outside number'],
      [26, 'CONSULT BACK', '咨询接回', 'take consult back'],
      [27, 'THREE-WAY', '三方通话', 'three-way'],
      [28, 'THREE-WAY BACK', '三方接回', 'take three-way back'],
      [29, 'TRANSFER', '转接', 'transfer'],
      [30, 'CHANSPY', '监听', 'monitor'],
      [31, 'INTERCEPT', '拦截', 'intercept'],
      [32, 'BREAK-IN', '强插', 'barge in'],
      [33, 'HOLD', '保持', 'hold'],
      [34, 'UNHOLD', '恢复', 'resume'],
      [41, 'EVALUATE', '转满意度', 'to satisfaction survey'],
      [42, 'DTMF', '二次拨号', 'DTMF'],
      [43, 'TRANS IVR', '转 IVR', 'transfer to IVR'],
      [44, 'TRANS QUEUE', '转队列', 'transfer to queue'],
      [46, 'BLIND TRANSFER', '盲转', 'blind transfer'],
      [47, 'TRANS TENANT QUEUE', '转其他租户队列', "transfer to another tenant's queue"],
      [51, 'ANSWER', '常连接应答', 'always-on answer'],
    ] as const
  ).map(([action, name, zh, en]) => [action, { name, zh, en }]),
);

export const PHONE_STATES: Readonly<Record<number, Meaning>> = {
  0: m('挂机 / 通话结束', 'hung up / call done'),
  4: m('外呼中', 'dialling out'),
  5: m('振铃', 'ringing'),
  6: m('通话中', 'connected'),
  7: m('振铃(常连接)', 'ringing (always-on)'),
  8: m('通话中(常连接)', 'connected (always-on)'),
  9: m('断开(常连接)', 'disconnected (always-on)'),
  10: m('本方接通', 'own leg connected'),
  21: m('咨询呼叫中', 'consult dialling'),
  22: m('咨询通话中', 'consult connected'),
  23: m('咨询已接回', 'consult taken back'),
  24: m('咨询失败', 'consult failed'),
  25: m('三方通话中', 'three-way connected'),
  26: m('三方已接回', 'three-way taken back'),
  31: m('监听中', 'monitoring'),
  32: m('强插中', 'barging in'),
  33: m('转接成功', 'transfer succeeded'),
  34: m('拦截成功', 'intercept succeeded'),
  35: m('被转接来电', 'call transferred to this agent'),
  40: m('常连接线路未接通', 'always-on line not connected'),
  55: m('对方振铃', 'far end ringing'),
};

export const RING_TYPES: Readonly<Record<number, Meaning>> = {
  0: m('直接呼叫', 'direct call'),
  1: m('队列分配', 'from a queue'),
  2: m('外呼本方话机', "own phone for an outbound call"),
  3: m('监听本方话机', 'own phone for monitoring'),
  4: m('被咨询', 'being consulted'),
  5: m('自动外呼', 'auto-dial'),
  7: m('常连接', 'always-on'),
};

export const AGENT_STATES: Readonly<Record<number, Meaning>> = {
  2: m('系统置忙', 'system set busy'),
  3: m('系统置闲', 'system set idle'),
  4: m('占用(通话中)', 'occupied (on a call)'),
  5: m('话后处理', 'after-call work'),
  7: m('话机离线(常连接)', 'phone offline (always-on)'),
  11: m('已登录, 空闲(常连接)', 'signed in, idle (always-on)'),
  12: m('已登录, 忙碌(常连接)', 'signed in, busy (always-on)'),
};

export const SERVER_ORDERS: Readonly<Record<number, Meaning>> = {
  4: m('班长强制签出', 'forced sign-out by a supervisor'),
  5: m('班长强制置闲', 'forced idle'),
  6: m('班长强制置忙', 'forced busy'),
  100: m('服务器网络故障', 'network fault at the server'),
  101: m('上一操作未完成', 'previous operation not finished'),
};

export const DATA_UPDATES: Readonly<Record<number, Meaning>> = {
  1: m('坐席队列', "agent's queues"),
  2: m('可用主叫号码', 'allowed caller numbers'),
};
