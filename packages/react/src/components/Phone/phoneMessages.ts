import { useMessages } from '../../hooks/useMessages';

/**
 * The browser phone's words, zh-CN and en. They live with the phone's parts (loaded on demand), not
 * in the bar's catalogs: a page with a desk phone never downloads them. A provider's `messages`
 * override them like any other string (same keys).
 */
const zhCN = {
  'phone.state.loading': '电话加载中',
  'phone.state.unavailable': '电话不可用',
  'phone.state.unregistered': '电话未注册',
  'phone.state.registering': '电话注册中',
  'phone.state.registered': '电话就绪',
  'phone.state.reconnecting': '电话重连中',
  'phone.state.failed': '电话注册失败',
  'phone.state.microphoneDenied': '麦克风被禁止',
  'phone.state.noMicrophone': '没有麦克风',
  'phone.mute': '静音',
  'phone.muted': '麦克风已静音',
  'phone.speakingWhileMuted': '已静音，您在说话',
  'phone.blocked.deviceUnavailable': '浏览器电话未能加载',
  'phone.blocked.notRegistered': '电话尚未注册',
  'phone.blocked.microphoneDenied': '麦克风被禁止（见音频设置）',
  'phone.blocked.noMicrophone': '没有麦克风，请接上耳麦',
  'phone.quality.label': '通话质量',
  'phone.quality.good': '良好',
  'phone.quality.fair': '一般',
  'phone.quality.poor': '差',
  'phone.warning.highRtt': '延迟高',
  'phone.warning.highJitter': '网络不稳',
  'phone.warning.highPacketLoss': '丢包',
  'phone.warning.lowMos': '音质差',
  'phone.warning.constantAudioLevel': '麦克风没有声音',
  'phone.settings': '音频设置',
  'phone.microphone.unknown': '尚未允许使用麦克风：接听前请先允许。',
  'phone.microphone.prompting': '请在浏览器的提示中允许使用麦克风。',
  'phone.microphone.granted': '麦克风已允许。',
  'phone.microphone.denied': '麦克风被禁止：点地址栏左侧的锁形图标，把“麦克风”改为允许，再点“重试”。',
  'phone.microphone.noDevice': '没有找到麦克风：请接上耳麦后点“重试”。',
  'phone.microphone.inUse': '麦克风被其他程序占用：关闭该程序后点“重试”。',
  'phone.microphone.allow': '允许使用麦克风',
  'phone.microphone.retry': '重试',
  'phone.device.input': '麦克风',
  'phone.device.output': '扬声器（通话声音）',
  'phone.device.ringer': '振铃',
  'phone.device.default': '系统默认',
  'phone.device.unnamed': '设备 {n}',
  'phone.device.outputUnsupported': '此浏览器不能选择扬声器：通话和振铃都从系统默认设备播放。',
  'phone.device.labelsAfterAllow': '允许使用麦克风后才能看到设备名称。',
  'phone.check.start': '测试音频',
  'phone.check.stop': '停止测试',
  'phone.check.level': '麦克风音量',
  'phone.check.heard': '麦克风正常：听到了您的声音。',
  'phone.check.notHeard': '没有听到声音：请检查麦克风是否接好、是否被静音。',
  'phone.check.speaker': '扬声器试音',
  'phone.check.ringer': '试听振铃',
} as const;

export type PhoneMessageKey = keyof typeof zhCN;

const en: Record<PhoneMessageKey, string> = {
  'phone.state.loading': 'Phone loading',
  'phone.state.unavailable': 'Phone unavailable',
  'phone.state.unregistered': 'Phone not registered',
  'phone.state.registering': 'Phone registering',
  'phone.state.registered': 'Phone ready',
  'phone.state.reconnecting': 'Phone reconnecting',
  'phone.state.failed': 'Phone registration failed',
  'phone.state.microphoneDenied': 'Microphone blocked',
  'phone.state.noMicrophone': 'No microphone',
  'phone.mute': 'Mute',
  'phone.muted': 'Microphone muted',
  'phone.speakingWhileMuted': 'Muted: you are talking',
  'phone.blocked.deviceUnavailable': 'The browser phone could not be loaded',
  'phone.blocked.notRegistered': 'The phone is not registered yet',
  'phone.blocked.microphoneDenied': 'Microphone blocked (see Audio settings)',
  'phone.blocked.noMicrophone': 'No microphone: plug in a headset',
  'phone.quality.label': 'Call quality',
  'phone.quality.good': 'good',
  'phone.quality.fair': 'fair',
  'phone.quality.poor': 'poor',
  'phone.warning.highRtt': 'High latency',
  'phone.warning.highJitter': 'Unsteady network',
  'phone.warning.highPacketLoss': 'Packet loss',
  'phone.warning.lowMos': 'Poor audio',
  'phone.warning.constantAudioLevel': 'Your microphone sends no sound',
  'phone.settings': 'Audio settings',
  'phone.microphone.unknown': 'The microphone is not allowed yet: allow it before your first call.',
  'phone.microphone.prompting': 'Allow the microphone in the browser’s prompt.',
  'phone.microphone.granted': 'Microphone allowed.',
  'phone.microphone.denied': 'The microphone is blocked: click the lock left of the address, set Microphone to Allow, then Try again.',
  'phone.microphone.noDevice': 'No microphone found: plug in a headset, then Try again.',
  'phone.microphone.inUse': 'Another program is using the microphone: close it, then Try again.',
  'phone.microphone.allow': 'Allow the microphone',
  'phone.microphone.retry': 'Try again',
  'phone.device.input': 'Microphone',
  'phone.device.output': 'Speaker (call audio)',
  'phone.device.ringer': 'Ringer',
  'phone.device.default': 'System default',
  'phone.device.unnamed': 'Device {n}',
  'phone.device.outputUnsupported': 'This browser cannot choose the speaker: calls and the ring play on the system’s default output.',
  'phone.device.labelsAfterAllow': 'Device names appear once the microphone is allowed.',
  'phone.check.start': 'Test my audio',
  'phone.check.stop': 'Stop the test',
  'phone.check.level': 'Microphone level',
  'phone.check.heard': 'Your microphone works: we heard you.',
  'phone.check.notHeard': 'We heard nothing: check that the microphone is plugged in and not muted.',
  'phone.check.speaker': 'Play a test sound',
  'phone.check.ringer': 'Play the ring',
};

/** Both catalogs, for the stories and tests that check the words the agent reads. */
export const PHONE_CATALOGS: Readonly<Record<'zh-CN' | 'en', Readonly<Record<PhoneMessageKey, string>>>> = { 'zh-CN': zhCN, en };

/** `t` for the phone's words, in the bar's language (a provider's `messages` win). */
export function usePhoneMessages() {
  const translator = useMessages();
  const catalog = PHONE_CATALOGS[translator.locale === 'en' ? 'en' : 'zh-CN'];
  const overrides = translator.messages as unknown as Partial<Record<string, string>>;
  return {
    locale: translator.locale,
    /** The bar's own strings. */
    tb: translator.t,
    t(key: PhoneMessageKey, values?: Readonly<Record<string, string | number>>): string {
      const template = overrides[key] ?? catalog[key];
      return values ? template.replace(/\{(\w+)\}/g, (match, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : match)) : template;
    },
  };
}
