import type { PhoneFailureCode } from './types';

/**
 * The browser phone's failure texts, zh and en. Only code that runs with a browser phone imports
 * them (the controller, the device, the phone's UI parts): a desk-phone page never downloads them.
 */
const TEXTS: Readonly<Record<PhoneFailureCode, readonly [zh: string, en: string]>> = {
  SIP_AUTH_FAILED: ['电话注册被拒绝：分机号或电话密码不正确', 'The phone was refused: wrong extension or phone password'],
  SIP_UNREACHABLE: ['无法连接电话服务器', 'Cannot reach the phone server'],
  SIP_TIMEOUT: ['电话服务器没有及时响应', 'The phone server did not answer in time'],
  SIP_NOT_ACCEPTABLE: ['对方与本浏览器没有共同的语音格式，通话无法建立', 'The far end and this browser share no audio format; the call could not be set up'],
  SIP_REJECTED: ['电话服务器拒绝了请求', 'The phone server refused the request'],
  ICE_FAILED: ['语音通路无法建立（网络或防火墙阻断）', 'The audio path could not be set up (network or firewall)'],
  MEDIA_TIMEOUT: ['几秒内没有收到对方的声音，通话已断开', 'No audio arrived for several seconds; the call was dropped'],
  MICROPHONE_DENIED: ['麦克风被禁止：点地址栏左侧的锁形图标，允许使用麦克风', 'The microphone is blocked: allow it from the lock icon left of the address'],
  NO_MICROPHONE: ['没有找到麦克风', 'No microphone was found'],
  MICROPHONE_IN_USE: ['麦克风被其他程序占用', 'The microphone is in use by another program'],
  NO_PASSWORD: ['服务器没有提供电话密码，无法注册', 'The server gave no phone password; the phone cannot register'],
  DEVICE_UNAVAILABLE: ['浏览器电话未能加载', 'The browser phone could not be loaded'],
};

/** The text of a failure code, for a UI that only has the state's `failure`. */
export function phoneFailureText(code: PhoneFailureCode, locale: string): string {
  return TEXTS[code][locale.startsWith('zh') ? 0 : 1];
}
