export { createConfigApi, CONFIG_PATHS } from './configApi';
export { JSONP_CALLBACK_PATTERN } from './jsonp';
export type { ConfigApi, ConfigApiOptions, FreeAgent, OnlineAgent, Queue, BusyReason } from './types';
