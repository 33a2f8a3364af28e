/** The seed tenant's lists, as the config API would give them, for the store-free parts. */
import type { AgentOption, BusyReasonOption, QueueOption } from '@wincall/react';

export const QUEUES: QueueOption[] = [
  { id: 6250, name: '售前咨询' },
  { id: 6251, name: '售后服务' },
  // A queue the agent belongs to that the config API does not name.
  { id: 6299 },
];

export const BUSY_REASONS: BusyReasonOption[] = [
  { id: 100, name: '开会' },
  { id: 101, name: '午餐' },
  { id: 102, name: '培训' },
];

export const FREE_AGENTS: AgentOption[] = [
  { id: 1, agentNum: '1001', name: '张伟', extension: '8001' },
  { id: 2, agentNum: '1002', name: '李娜', extension: '8002' },
  { id: 3, agentNum: '1003', name: '王芳', extension: '8003' },
];

export const AGENTS_ON_CALLS: AgentOption[] = [
  { id: 2, extension: '8002', time: '0:03:59' },
  { id: 4, extension: '8004', time: '0:00:42' },
];
