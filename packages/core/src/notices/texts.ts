import { WinCallError } from '../errors';
import type { Notice, NoticeAction } from '../machine/notices';
import { localizedCodeText } from '../protocol/codes';
import type { PhoneFailureCode } from '../phone/types';

/** A notice in words: a title, what it means or what to do (may be empty), and the action's label. */
export interface NoticeWords {
  title: string;
  detail: string;
  action: string | null;
}

/** Names the wire does not carry, when the page knows them (busy reasons from the config API). */
export interface NoticeNames {
  busyReason?(id: number): string | undefined;
}

type Language = 'zh' | 'en';
type Words = Record<Language, string>;

const ACTIONS: Record<NoticeAction['type'], Words> = {
  ready: { zh: '置闲', en: 'Go available' },
  reconnect: { zh: '立即重连', en: 'Reconnect now' },
  signIn: { zh: '重新签入', en: 'Sign in again' },
  callBack: { zh: '回拨', en: 'Call back' },
};

const T = {
  missedRing: { zh: '未接来电', en: 'Missed call' },
  missedRingRang: { zh: '{number} 响铃 {ring} 无人接听。', en: '{number} rang for {ring} with no answer.' },
  missedRingBusy: { zh: '系统已将您置为忙碌，不会再分配来电；准备好后请置闲。', en: 'You were set to Busy and get no calls until you go available.' },
  busyBySupervisor: { zh: '班长已将您置为忙碌', en: 'A supervisor set you to Busy' },
  idleBySupervisor: { zh: '班长已将您置为空闲', en: 'A supervisor set you to Available' },
  signedOutBySupervisor: { zh: '班长已将您强制签出', en: 'A supervisor signed you out' },
  busyByServer: { zh: '系统已将您置为忙碌', en: 'The server set you to Busy' },
  idleByServer: { zh: '系统已将您置为空闲', en: 'The server set you to Available' },
  reason: { zh: '原因：{reason}。', en: 'Reason: {reason}.' },
  busyNoCalls: { zh: '忙碌期间不会分配来电。', en: 'You get no calls while Busy.' },
  signInToContinue: { zh: '如需继续工作，请重新签入。', en: 'Sign in again to continue.' },
  dialFailed: { zh: '呼叫未接通', en: 'Call not connected' },
  busyOrUnreachable: { zh: '{number}：对方忙或号码无法接通', en: '{number} is busy or cannot be reached' },
  noAnswer: { zh: '{number}：无人接听', en: '{number} did not answer' },
  callLost: { zh: '连接中断，通话已丢失', en: 'Call lost with the connection' },
  callLostDetail: { zh: '{number} · 通话 {talk}', en: '{number} · talked {talk}' },
  endedWhileHeld: { zh: '对方在保持中挂断了电话', en: 'The other side hung up while on hold' },
  endedWhileHeldDetail: { zh: '{number} · 保持了 {held}', en: '{number} · on hold for {held}' },
  consultFailed: { zh: '咨询未成功', en: 'The consult did not go through' },
  transferFailed: { zh: '转接未成功', en: 'The transfer did not go through' },
  stillYours: { zh: '通话仍在您这里。', en: 'The call is still with you.' },
  signInLost: { zh: '与服务器的连接已断开，签入已失效', en: 'Disconnected: you are no longer signed in' },
  reconnecting: { zh: '连接中断，正在重新连接', en: 'Connection lost, reconnecting' },
  reconnectingDetail: { zh: '恢复前无法接打电话或转接。', en: 'Calls and transfers wait until it is back.' },
  error: { zh: '操作未成功', en: 'The action failed' },
  phoneNotReady: { zh: '浏览器电话未就绪', en: 'The browser phone is not ready' },
  phoneNotReadyDetail: { zh: '来电暂时无法在浏览器中接听。', en: 'Calls cannot be answered in the browser until it is.' },
  phoneCallFailed: { zh: '浏览器电话的通话失败', en: 'The browser phone lost the call' },
  unknownNumber: { zh: '对方', en: 'The other side' },
} satisfies Record<string, Words>;

const CONSULTS = new Set(['consultInner', 'consultOuter', 'threeWay']);

const languageOf = (locale: string): Language => (locale.startsWith('zh') ? 'zh' : 'en');

/**
 * The browser phone's failure texts, installed by the phone's controller when it starts (a
 * `phoneFailed` notice only exists once it has): a desk-phone page never downloads them.
 */
let phoneTexts: ((code: PhoneFailureCode, locale: string) => string) | null = null;
export function installPhoneTexts(texts: (code: PhoneFailureCode, locale: string) => string): void {
  phoneTexts = texts;
}

/** `m:ss`, or `h:mm:ss` from an hour. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** Sentences in a row: Chinese ones end in 。 and follow each other directly; English ones take a space. */
function sentences(lang: Language, ...parts: string[]): string {
  return parts.join(lang === 'zh' ? '' : ' ');
}

function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

function codeWords(code: string, language: Language): string {
  return localizedCodeText(code, language === 'zh' ? 'zh-CN' : 'en') ?? new WinCallError({ code, action: null, reason: 'server' }).text(language === 'zh' ? 'zh-CN' : 'en');
}

/**
 * A notice in the words of `locale` (`zh…` → Chinese, anything else → English). Result-code texts
 * come from the catalog the client loads (see `loadCodeTexts`); until it has, the code stands in.
 */
export function noticeText(notice: Notice, locale: string, names: NoticeNames = {}): NoticeWords {
  const lang = languageOf(locale);
  const say = (words: Words, values: Record<string, string> = {}) => fill(words[lang], values);
  const number = notice.call?.number ?? say(T.unknownNumber);
  const action = notice.action ? ACTIONS[notice.action.type][lang] : null;
  const words = (title: string, detail = ''): NoticeWords => ({ title, detail, action });
  switch (notice.kind) {
    case 'missedRing': {
      const rang = say(T.missedRingRang, { number, ring: formatClock(notice.ringMs) });
      return words(say(T.missedRing), notice.setBusy ? sentences(lang, rang, say(T.missedRingBusy)) : rang);
    }
    case 'forcedStatus': {
      if (notice.status === 'signedOut') return words(say(T.signedOutBySupervisor), say(T.signInToContinue));
      const supervisor = notice.by === 'supervisor';
      if (notice.status === 'idle') return words(say(supervisor ? T.idleBySupervisor : T.idleByServer));
      const name = notice.reasonId !== null && notice.reasonId > 1 ? names.busyReason?.(notice.reasonId) : undefined;
      return words(say(supervisor ? T.busyBySupervisor : T.busyByServer), name ? sentences(lang, say(T.reason, { reason: name }), say(T.busyNoCalls)) : say(T.busyNoCalls));
    }
    case 'dialFailed':
      if (notice.cause === 'rejected') return words(say(T.dialFailed), notice.code ? codeWords(notice.code, lang) : '');
      return words(say(T.dialFailed), say(notice.cause === 'noAnswer' ? T.noAnswer : T.busyOrUnreachable, { number }));
    case 'callLost':
      return words(say(T.callLost), say(T.callLostDetail, { number, talk: formatClock(notice.talkMs) }));
    case 'endedWhileHeld':
      return words(say(T.endedWhileHeld), say(T.endedWhileHeldDetail, { number, held: formatClock(notice.heldMs) }));
    case 'transferFailed':
      return words(say(CONSULTS.has(notice.command) ? T.consultFailed : T.transferFailed), sentences(lang, `${codeWords(notice.code, lang)}${lang === 'zh' ? '。' : '.'}`, say(T.stillYours)));
    case 'signInLost':
      return words(say(T.signInLost), say(T.signInToContinue));
    case 'reconnecting':
      return words(say(T.reconnecting), say(T.reconnectingDetail));
    case 'error':
      return words(say(T.error), codeWords(notice.code, lang));
    case 'phoneFailed': {
      const why = `${phoneTexts?.(notice.code, locale) ?? notice.code}${lang === 'zh' ? '。' : '.'}`;
      if (notice.during === 'registration') return words(say(T.phoneNotReady), sentences(lang, why, say(T.phoneNotReadyDetail)));
      return words(say(T.phoneCallFailed), notice.setBusy ? sentences(lang, why, say(T.missedRingBusy)) : why);
    }
  }
}
