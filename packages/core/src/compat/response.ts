import { ACTION_NAMES } from '../machine/state';
import { installCodeTexts, localizedCodeText } from '../protocol/codes';
import zh from '../protocol/codes.zh';
import type { ButtonAction, WinCallEventType, WinCallResponse } from './types';

/** Every button, in the legacy order: what a sign-out disables (the vendor table's order). */
export const ALL_BUTTONS: readonly ButtonAction[] = ACTION_NAMES;

/** What a message adds to the empty response besides its code. */
export interface ResponseShape {
  type?: WinCallEventType;
  agStatus?: string;
  queStatus?: string;
  enable?: readonly ButtonAction[];
  disable?: readonly ButtonAction[] | '*';
}

/** The signed-out look shared by UNINIT, LOGOUT, a dropped connection and a forced sign-out. */
export const SIGNED_OUT: ResponseShape = {
  type: 'logout_action',
  agStatus: '未签入',
  queStatus: '未签入',
  enable: ['login'],
  disable: ALL_BUTTONS,
};

/**
 * Builds a listener response. `msg` is the catalog text of the code, or the code itself when
 * the catalog has none (that is how the legacy client shows `UNKNOWN_FUNCTION42` or `0018`).
 * Arrays are fresh copies, so a page mutating one cannot change the next response.
 */
export function buildResponse(code: string | number, shape: ResponseShape = {}, data: unknown = ''): WinCallResponse {
  return {
    code,
    msg: messageFor(code),
    type: shape.type ?? '',
    agStatus: shape.agStatus ?? '',
    queStatus: shape.queStatus ?? '',
    enableActions: [...(shape.enable ?? [])],
    disableActions: shape.disable === '*' ? '*' : [...(shape.disable ?? [])],
    data,
  };
}

function messageFor(code: string | number): string | number {
  if (code === '') return '';
  // The legacy listener gets its Chinese text synchronously: the facade carries the Chinese
  // catalog in its own bundle (English stays a chunk loaded on demand).
  installCodeTexts('zh-CN', zh);
  return localizedCodeText(String(code), 'zh-CN') ?? code;
}
