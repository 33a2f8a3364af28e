import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { phoneFailureText } from '@wincall/core/phone';
import { SoftphoneBar } from '@wincall/react';
import { PHONE_CATALOGS } from '../../../../../packages/react/src/components/Phone/phoneMessages';
import { localeOf } from '../../globals';
import { live, liveBeforeEach, liveDecorators, worldOf } from '../../live/live';
import * as phone from '../../live/phoneScenarios';
import type { Scenario } from '../../live/scenarios';
import type { LivePhoneOptions } from '../../live/world';
import { expectBar, findIncoming, findNotice, textOf, WAIT } from '../play';

/**
 * The browser phone (softphone mode, issue 23) in every state, in every layout (bar, panel,
 * compact) and both languages, each its own live story: the real provider, client and bar on the
 * simulator model, with the model's calls ringing a fake phone device through a PBX in the page
 * (`src/live/storyPhone.ts`, `storyPbx.ts`): registering, registered, reconnecting, refused (a
 * wrong phone password), not loadable; the microphone not asked yet, denied, missing, in use;
 * ringing with Answer (and Answer blocked with its reason); connected, muted, speaking while
 * muted, a poor line; the Audio settings sheet testing the microphone, finding it silent, and on
 * a browser that cannot choose the speaker. `<State><Layout><Language>`. Each story checks the
 * words the agent reads (from the phone's catalogs), and axe checks it like every story.
 */
const meta = {
  title: 'Softphone/SoftphoneBar, browser phone × layout × language',
  component: SoftphoneBar,
  decorators: liveDecorators,
  beforeEach: liveBeforeEach,
  // The stories are the matrix; one docs page of a hundred live simulators would help no one.
  tags: ['!autodocs'],
  args: { defaultAgentNum: '1001', defaultExtension: '8001' },
  render: (args) => (
    <div style={{ width: WIDTH[args.layout ?? 'bar'] }}>
      <SoftphoneBar {...args} />
    </div>
  ),
} satisfies Meta<typeof SoftphoneBar>;

export default meta;
type Story = StoryObj<typeof meta>;
type Layout = 'bar' | 'panel' | 'compact';
type Language = 'zh' | 'en';
type PlayContext = Parameters<NonNullable<Story['play']>>[0];

/** A host column for each layout: wide for the one-row bar, docked for the panel, phone-sized for compact. */
const WIDTH: Record<Layout, number> = { bar: 1200, panel: 400, compact: 320 };

/** The phone's words in the story's language. */
const phoneText = (context: PlayContext) => PHONE_CATALOGS[localeOf(context.globals)];

interface Cell {
  scenario: Scenario;
  phone?: LivePhoneOptions;
  /** The bar's `data-state`. */
  state: string;
  /** What the agent reads in this state. */
  check: (context: PlayContext, bar: HTMLElement) => Promise<void>;
}

function cell({ scenario, phone: options = {}, state, check }: Cell, layout: Layout, language: Language): Story {
  return {
    ...live(scenario, { phone: options }),
    args: { layout },
    globals: { locale: language === 'zh' ? 'zh-CN' : 'en' },
    play: async (context) => {
      const { bar } = await expectBar(context, state);
      await expect(bar).toHaveAttribute('data-layout', layout);
      await check(context, bar);
    },
  };
}

// ---- what the agent reads ------------------------------------------------------------------------

/** The phone's state beside the agent's, once it shows `look` (`registering`, `muted`…). */
async function phoneStatus(bar: HTMLElement, look: string): Promise<HTMLElement> {
  return waitFor(() => {
    const found = bar.querySelector<HTMLElement>(`.wincall-phone-status[data-state="${look}"]`);
    expect(found).not.toBeNull();
    return found!;
  }, WAIT);
}

/** The status says `words` in words the agent sees (not only to assistive technology). */
async function statusSays(bar: HTMLElement, look: string, words: string): Promise<HTMLElement> {
  const status = await phoneStatus(bar, look);
  const text = status.querySelector('.wincall-phone-status-text');
  await expect(text).toHaveTextContent(words);
  await expect(text).toBeVisible();
  return status;
}

/** The status's words, then why (the failure's text), for the tooltip and assistive technology. */
async function statusExplains(context: PlayContext, bar: HTMLElement, look: 'reconnecting' | 'failed' | 'unavailable', failure: Parameters<typeof phoneFailureText>[0]) {
  const words = phoneText(context)[`phone.state.${look}`];
  const why = phoneFailureText(failure, localeOf(context.globals));
  const status = await statusSays(bar, look, words);
  await expect(status).toHaveAttribute('title', `${words}: ${why}`);
  await expect(status).toHaveTextContent(why);
}

/** The bar's notice that the phone is not ready, with the failure's words. */
async function phoneNotice(context: PlayContext, failure: Parameters<typeof phoneFailureText>[0]) {
  const { inNotice, words } = await findNotice(context, 'phoneFailed');
  await expect(inNotice.getByText(words.title, { exact: true })).toBeVisible();
  await expect(words.detail).toContain(phoneFailureText(failure, localeOf(context.globals)));
  await expect(inNotice.getByText(words.detail, { exact: false })).toBeVisible();
}

/** Opens Audio settings from the agent menu, as the agent does; returns the sheet. */
async function openAudioSettings(context: PlayContext, bar: HTMLElement) {
  const t = textOf(context);
  const inBar = within(bar);
  await context.userEvent.click(inBar.getByRole('button', { name: t['agent.menu'] }));
  await context.userEvent.click(await inBar.findByRole('menuitem', { name: t['agent.audioSettings'] }, WAIT));
  const sheet = await inBar.findByRole('dialog', { name: t['agent.audioSettings'] }, WAIT);
  // The settings are loaded on demand: wait for their first words.
  await within(sheet).findByText(phoneText(context)['phone.device.input'], {}, WAIT);
  return { sheet, inSheet: within(sheet) };
}

/** The sheet says how the microphone stands, and offers the button that can change it. */
function microphoneCheck(access: 'unknown' | 'denied' | 'noDevice' | 'inUse'): Cell['check'] {
  return async (context, bar) => {
    const p = phoneText(context);
    if (access === 'denied' || access === 'noDevice') {
      // No call can be answered like this: the bar says so beside the status, before a call rings.
      const look = access === 'denied' ? 'microphoneDenied' : 'noMicrophone';
      const status = await statusSays(bar, look, p[`phone.state.${look}`]);
      await expect(status).toHaveAttribute('title', `${p[`phone.state.${look}`]}: ${p[`phone.blocked.${look}`]}`);
    } else {
      await phoneStatus(bar, 'registered');
    }
    const { inSheet } = await openAudioSettings(context, bar);
    const hint = inSheet.getByText(p[`phone.microphone.${access}`], { exact: true });
    await expect(hint).toBeVisible();
    await expect(hint).toHaveAttribute('data-state', access);
    const button = inSheet.getByRole('button', { name: p[access === 'unknown' ? 'phone.microphone.allow' : 'phone.microphone.retry'] });
    await expect(button).toBeEnabled();
    // Until the microphone is allowed the browser hides the devices' names: the sheet says so.
    await expect(inSheet.getByText(p['phone.device.labelsAfterAllow'], { exact: true })).toBeVisible();
  };
}

/** The ringing card's Answer, in the bar's words. */
async function answerButton(context: PlayContext) {
  const banner = await findIncoming(context);
  return { banner, answer: await banner.findByRole('button', { name: textOf(context)['action.answer'] }, WAIT) };
}

/** The call card's quality indicator, once it reads `level`. */
async function quality(context: PlayContext, bar: HTMLElement, level: 'good' | 'fair' | 'poor') {
  const p = phoneText(context);
  return waitFor(() => {
    const found = bar.querySelector<HTMLElement>(`.wincall-quality[data-level="${level}"]`);
    expect(found).not.toBeNull();
    expect(found).toHaveAttribute('role', 'img');
    expect(found!.getAttribute('aria-label')).toMatch(new RegExp(`^${p['phone.quality.label']}: ${p[`phone.quality.${level}`]}`));
    return found!;
  }, WAIT);
}

/** Mute, in the actions, pressed or not. */
async function muteButton(context: PlayContext, bar: HTMLElement, pressed: boolean) {
  const mute = await within(bar).findByRole('button', { name: phoneText(context)['phone.mute'] }, WAIT);
  await waitFor(() => expect(mute).toHaveAttribute('aria-pressed', String(pressed)), WAIT);
  return mute;
}

// ---- the states ----------------------------------------------------------------------------------

const registering: Cell = {
  scenario: phone.registering,
  // The registrar takes the REGISTER and never answers: the phone stays registering.
  phone: { registrar: 'silent' },
  state: 'idle',
  check: async (context, bar) => {
    await statusSays(bar, 'registering', phoneText(context)['phone.state.registering']);
  },
};

const registered: Cell = {
  scenario: phone.registered,
  state: 'idle',
  check: async (context, bar) => {
    // Ready is the normal case: an icon, its words for assistive technology and the tooltip only.
    const status = await phoneStatus(bar, 'registered');
    const words = phoneText(context)['phone.state.registered'];
    await expect(status).toHaveAttribute('title', words);
    await expect(within(status).getByText(words, { exact: true })).toHaveClass('wincall-visually-hidden');
    await expect(status.querySelector('.wincall-phone-status-text')).toBeNull();
  },
};

const reconnecting: Cell = {
  scenario: phone.reconnecting,
  state: 'idle',
  check: async (context, bar) => {
    await statusExplains(context, bar, 'reconnecting', 'SIP_UNREACHABLE');
    await phoneNotice(context, 'SIP_UNREACHABLE');
  },
};

const registrationFailed: Cell = {
  scenario: phone.registrationFailed,
  // The page gives a phone password of its own, and the registrar refuses it.
  phone: { password: 'not-the-phone-password' },
  state: 'idle',
  check: async (context, bar) => {
    await statusExplains(context, bar, 'failed', 'SIP_AUTH_FAILED');
    await phoneNotice(context, 'SIP_AUTH_FAILED');
  },
};

const deviceUnavailable: Cell = {
  scenario: phone.deviceUnavailable,
  phone: { unavailable: true },
  state: 'idle',
  check: async (context, bar) => {
    await statusExplains(context, bar, 'unavailable', 'DEVICE_UNAVAILABLE');
  },
};

const microphoneNotAsked: Cell = { scenario: phone.registered, state: 'idle', check: microphoneCheck('unknown') };

const microphoneDenied: Cell = {
  scenario: phone.microphoneAsked,
  phone: { browser: { microphone: 'denied' } },
  state: 'idle',
  check: microphoneCheck('denied'),
};

const noMicrophone: Cell = {
  scenario: phone.microphoneAsked,
  phone: { browser: { microphone: 'noDevice' } },
  state: 'idle',
  check: microphoneCheck('noDevice'),
};

const microphoneInUse: Cell = {
  scenario: phone.microphoneAsked,
  phone: { browser: { microphone: 'inUse' } },
  state: 'idle',
  check: microphoneCheck('inUse'),
};

const ringing: Cell = {
  scenario: phone.ringing,
  state: 'ringing',
  check: async (context) => {
    const { banner, answer } = await answerButton(context);
    await expect(answer).toBeEnabled();
    await expect(answer).not.toHaveAccessibleDescription();
    // The browser answers: the desk phone's "pick up the handset" has no place here.
    await expect(banner.queryByText(textOf(context)['incoming.pickUp'])).toBeNull();
  },
};

const ringingBlocked: Cell = {
  scenario: phone.ringingMicrophoneDenied,
  phone: { browser: { microphone: 'denied' } },
  state: 'ringing',
  check: async (context, bar) => {
    const { banner, answer } = await answerButton(context);
    const reason = phoneText(context)['phone.blocked.microphoneDenied'];
    await expect(answer).toBeDisabled();
    await expect(answer).toHaveAccessibleDescription(reason);
    await expect(banner.getByText(reason, { exact: true })).toBeVisible();
    // Said once, beside Answer: the status beside the agent's does not repeat it while the call rings.
    await phoneStatus(bar, 'registered');
    await expect(within(bar).queryByText(phoneText(context)['phone.state.microphoneDenied'], { exact: true })).toBeNull();
  },
};

const connected: Cell = {
  scenario: phone.connected,
  state: 'connected',
  check: async (context, bar) => {
    await expect(await muteButton(context, bar, false)).toBeEnabled();
    await quality(context, bar, 'good');
    await phoneStatus(bar, 'registered');
  },
};

const muted: Cell = {
  scenario: phone.muted,
  state: 'connected',
  check: async (context, bar) => {
    await muteButton(context, bar, true);
    const status = await statusSays(bar, 'muted', phoneText(context)['phone.muted']);
    await expect(status).toHaveAttribute('role', 'status');
  },
};

const speakingWhileMuted: Cell = {
  scenario: phone.speakingWhileMuted,
  state: 'connected',
  check: async (context, bar) => {
    await muteButton(context, bar, true);
    const status = await statusSays(bar, 'speaking', phoneText(context)['phone.speakingWhileMuted']);
    await expect(status).toHaveAttribute('role', 'alert');
  },
};

const poorQuality: Cell = {
  scenario: phone.poorQuality,
  state: 'connected',
  check: async (context, bar) => {
    const p = phoneText(context);
    const indicator = await quality(context, bar, 'poor');
    // Each warning with its measure, and the worst one in words on the card.
    const label = indicator.getAttribute('aria-label') ?? '';
    for (const words of [`${p['phone.warning.highRtt']} 450 ms`, `${p['phone.warning.highPacketLoss']} 5.0 %`, `${p['phone.warning.lowMos']} MOS 3.1`]) {
      await expect(label).toContain(words);
    }
    const shown = indicator.querySelector('.wincall-quality-text');
    await expect(shown).toHaveTextContent(`${p['phone.warning.highRtt']} 450 ms`);
    await expect(shown).toBeVisible();
  },
};

const audioCheckRunning: Cell = {
  scenario: phone.talkingBeforeTheFirstCall,
  // The check listens for a minute: long enough to be seen running.
  phone: { browser: { audioCheckMs: 60_000 } },
  state: 'idle',
  check: async (context, bar) => {
    const p = phoneText(context);
    const { inSheet } = await openAudioSettings(context, bar);
    await expect(inSheet.getByText(p['phone.microphone.granted'], { exact: true })).toBeVisible();
    await context.userEvent.click(inSheet.getByRole('button', { name: p['phone.check.start'] }));
    const meter = await inSheet.findByRole('meter', { name: p['phone.check.level'] }, WAIT);
    await waitFor(() => expect((meter as HTMLMeterElement).value).toBe(phone.VOICE), WAIT);
    await expect(inSheet.getByRole('button', { name: p['phone.check.stop'] })).toBeEnabled();
  },
};

const audioCheckNothingHeard: Cell = {
  scenario: phone.microphoneAsked,
  // A short check, and the agent says nothing.
  phone: { browser: { audioCheckMs: 100 } },
  state: 'idle',
  check: async (context, bar) => {
    const p = phoneText(context);
    const { inSheet } = await openAudioSettings(context, bar);
    await context.userEvent.click(inSheet.getByRole('button', { name: p['phone.check.start'] }));
    const result = await inSheet.findByText(p['phone.check.notHeard'], { exact: true }, WAIT);
    await expect(result).toBeVisible();
    await expect(result).toHaveAttribute('data-heard', 'no');
    await expect(inSheet.getByRole('button', { name: p['phone.check.start'] })).toBeEnabled();
  },
};

const speakerNotSelectable: Cell = {
  scenario: phone.microphoneAsked,
  phone: { browser: { outputSelectable: false } },
  state: 'idle',
  check: async (context, bar) => {
    const p = phoneText(context);
    const { inSheet } = await openAudioSettings(context, bar);
    await expect(inSheet.getByText(p['phone.device.outputUnsupported'], { exact: true })).toBeVisible();
    await expect(inSheet.getByRole('combobox', { name: p['phone.device.output'] })).toBeDisabled();
    await expect(inSheet.getByRole('combobox', { name: p['phone.device.ringer'] })).toBeDisabled();
    // The microphone can still be chosen, by name once allowed.
    const input = inSheet.getByRole('combobox', { name: p['phone.device.input'] });
    await expect(input).toBeEnabled();
    await expect(within(input).getByRole('option', { name: 'USB headset microphone' })).toBeInTheDocument();
  },
};

export const RegisteringBarZh: Story = cell(registering, 'bar', 'zh');
export const RegisteringBarEn: Story = cell(registering, 'bar', 'en');
export const RegisteringPanelZh: Story = cell(registering, 'panel', 'zh');
export const RegisteringPanelEn: Story = cell(registering, 'panel', 'en');
export const RegisteringCompactZh: Story = cell(registering, 'compact', 'zh');
export const RegisteringCompactEn: Story = cell(registering, 'compact', 'en');

export const RegisteredBarZh: Story = cell(registered, 'bar', 'zh');
export const RegisteredBarEn: Story = cell(registered, 'bar', 'en');
export const RegisteredPanelZh: Story = cell(registered, 'panel', 'zh');
export const RegisteredPanelEn: Story = cell(registered, 'panel', 'en');
export const RegisteredCompactZh: Story = cell(registered, 'compact', 'zh');
export const RegisteredCompactEn: Story = cell(registered, 'compact', 'en');

export const ReconnectingBarZh: Story = cell(reconnecting, 'bar', 'zh');
export const ReconnectingBarEn: Story = cell(reconnecting, 'bar', 'en');
export const ReconnectingPanelZh: Story = cell(reconnecting, 'panel', 'zh');
export const ReconnectingPanelEn: Story = cell(reconnecting, 'panel', 'en');
export const ReconnectingCompactZh: Story = cell(reconnecting, 'compact', 'zh');
export const ReconnectingCompactEn: Story = cell(reconnecting, 'compact', 'en');

export const RegistrationFailedBarZh: Story = cell(registrationFailed, 'bar', 'zh');
export const RegistrationFailedBarEn: Story = cell(registrationFailed, 'bar', 'en');
export const RegistrationFailedPanelZh: Story = cell(registrationFailed, 'panel', 'zh');
export const RegistrationFailedPanelEn: Story = cell(registrationFailed, 'panel', 'en');
export const RegistrationFailedCompactZh: Story = cell(registrationFailed, 'compact', 'zh');
export const RegistrationFailedCompactEn: Story = cell(registrationFailed, 'compact', 'en');

export const DeviceUnavailableBarZh: Story = cell(deviceUnavailable, 'bar', 'zh');
export const DeviceUnavailableBarEn: Story = cell(deviceUnavailable, 'bar', 'en');
export const DeviceUnavailablePanelZh: Story = cell(deviceUnavailable, 'panel', 'zh');
export const DeviceUnavailablePanelEn: Story = cell(deviceUnavailable, 'panel', 'en');
export const DeviceUnavailableCompactZh: Story = cell(deviceUnavailable, 'compact', 'zh');
export const DeviceUnavailableCompactEn: Story = cell(deviceUnavailable, 'compact', 'en');

export const MicrophoneNotAskedBarZh: Story = cell(microphoneNotAsked, 'bar', 'zh');
export const MicrophoneNotAskedBarEn: Story = cell(microphoneNotAsked, 'bar', 'en');
export const MicrophoneNotAskedPanelZh: Story = cell(microphoneNotAsked, 'panel', 'zh');
export const MicrophoneNotAskedPanelEn: Story = cell(microphoneNotAsked, 'panel', 'en');
export const MicrophoneNotAskedCompactZh: Story = cell(microphoneNotAsked, 'compact', 'zh');
export const MicrophoneNotAskedCompactEn: Story = cell(microphoneNotAsked, 'compact', 'en');

export const MicrophoneDeniedBarZh: Story = cell(microphoneDenied, 'bar', 'zh');
export const MicrophoneDeniedBarEn: Story = cell(microphoneDenied, 'bar', 'en');
export const MicrophoneDeniedPanelZh: Story = cell(microphoneDenied, 'panel', 'zh');
export const MicrophoneDeniedPanelEn: Story = cell(microphoneDenied, 'panel', 'en');
export const MicrophoneDeniedCompactZh: Story = cell(microphoneDenied, 'compact', 'zh');
export const MicrophoneDeniedCompactEn: Story = cell(microphoneDenied, 'compact', 'en');

export const NoMicrophoneBarZh: Story = cell(noMicrophone, 'bar', 'zh');
export const NoMicrophoneBarEn: Story = cell(noMicrophone, 'bar', 'en');
export const NoMicrophonePanelZh: Story = cell(noMicrophone, 'panel', 'zh');
export const NoMicrophonePanelEn: Story = cell(noMicrophone, 'panel', 'en');
export const NoMicrophoneCompactZh: Story = cell(noMicrophone, 'compact', 'zh');
export const NoMicrophoneCompactEn: Story = cell(noMicrophone, 'compact', 'en');

export const MicrophoneInUseBarZh: Story = cell(microphoneInUse, 'bar', 'zh');
export const MicrophoneInUseBarEn: Story = cell(microphoneInUse, 'bar', 'en');
export const MicrophoneInUsePanelZh: Story = cell(microphoneInUse, 'panel', 'zh');
export const MicrophoneInUsePanelEn: Story = cell(microphoneInUse, 'panel', 'en');
export const MicrophoneInUseCompactZh: Story = cell(microphoneInUse, 'compact', 'zh');
export const MicrophoneInUseCompactEn: Story = cell(microphoneInUse, 'compact', 'en');

export const RingingBarZh: Story = cell(ringing, 'bar', 'zh');
export const RingingBarEn: Story = cell(ringing, 'bar', 'en');
export const RingingPanelZh: Story = cell(ringing, 'panel', 'zh');
export const RingingPanelEn: Story = cell(ringing, 'panel', 'en');
export const RingingCompactZh: Story = cell(ringing, 'compact', 'zh');
export const RingingCompactEn: Story = cell(ringing, 'compact', 'en');

export const RingingAnswerBlockedBarZh: Story = cell(ringingBlocked, 'bar', 'zh');
export const RingingAnswerBlockedBarEn: Story = cell(ringingBlocked, 'bar', 'en');
export const RingingAnswerBlockedPanelZh: Story = cell(ringingBlocked, 'panel', 'zh');
export const RingingAnswerBlockedPanelEn: Story = cell(ringingBlocked, 'panel', 'en');
export const RingingAnswerBlockedCompactZh: Story = cell(ringingBlocked, 'compact', 'zh');
export const RingingAnswerBlockedCompactEn: Story = cell(ringingBlocked, 'compact', 'en');

export const ConnectedBarZh: Story = cell(connected, 'bar', 'zh');
export const ConnectedBarEn: Story = cell(connected, 'bar', 'en');
export const ConnectedPanelZh: Story = cell(connected, 'panel', 'zh');
export const ConnectedPanelEn: Story = cell(connected, 'panel', 'en');
export const ConnectedCompactZh: Story = cell(connected, 'compact', 'zh');
export const ConnectedCompactEn: Story = cell(connected, 'compact', 'en');

export const MutedBarZh: Story = cell(muted, 'bar', 'zh');
export const MutedBarEn: Story = cell(muted, 'bar', 'en');
export const MutedPanelZh: Story = cell(muted, 'panel', 'zh');
export const MutedPanelEn: Story = cell(muted, 'panel', 'en');
export const MutedCompactZh: Story = cell(muted, 'compact', 'zh');
export const MutedCompactEn: Story = cell(muted, 'compact', 'en');

export const SpeakingWhileMutedBarZh: Story = cell(speakingWhileMuted, 'bar', 'zh');
export const SpeakingWhileMutedBarEn: Story = cell(speakingWhileMuted, 'bar', 'en');
export const SpeakingWhileMutedPanelZh: Story = cell(speakingWhileMuted, 'panel', 'zh');
export const SpeakingWhileMutedPanelEn: Story = cell(speakingWhileMuted, 'panel', 'en');
export const SpeakingWhileMutedCompactZh: Story = cell(speakingWhileMuted, 'compact', 'zh');
export const SpeakingWhileMutedCompactEn: Story = cell(speakingWhileMuted, 'compact', 'en');

export const PoorQualityBarZh: Story = cell(poorQuality, 'bar', 'zh');
export const PoorQualityBarEn: Story = cell(poorQuality, 'bar', 'en');
export const PoorQualityPanelZh: Story = cell(poorQuality, 'panel', 'zh');
export const PoorQualityPanelEn: Story = cell(poorQuality, 'panel', 'en');
export const PoorQualityCompactZh: Story = cell(poorQuality, 'compact', 'zh');
export const PoorQualityCompactEn: Story = cell(poorQuality, 'compact', 'en');

export const AudioCheckRunningBarZh: Story = cell(audioCheckRunning, 'bar', 'zh');
export const AudioCheckRunningBarEn: Story = cell(audioCheckRunning, 'bar', 'en');
export const AudioCheckRunningPanelZh: Story = cell(audioCheckRunning, 'panel', 'zh');
export const AudioCheckRunningPanelEn: Story = cell(audioCheckRunning, 'panel', 'en');
export const AudioCheckRunningCompactZh: Story = cell(audioCheckRunning, 'compact', 'zh');
export const AudioCheckRunningCompactEn: Story = cell(audioCheckRunning, 'compact', 'en');

export const AudioCheckNothingHeardBarZh: Story = cell(audioCheckNothingHeard, 'bar', 'zh');
export const AudioCheckNothingHeardBarEn: Story = cell(audioCheckNothingHeard, 'bar', 'en');
export const AudioCheckNothingHeardPanelZh: Story = cell(audioCheckNothingHeard, 'panel', 'zh');
export const AudioCheckNothingHeardPanelEn: Story = cell(audioCheckNothingHeard, 'panel', 'en');
export const AudioCheckNothingHeardCompactZh: Story = cell(audioCheckNothingHeard, 'compact', 'zh');
export const AudioCheckNothingHeardCompactEn: Story = cell(audioCheckNothingHeard, 'compact', 'en');

export const SpeakerNotSelectableBarZh: Story = cell(speakerNotSelectable, 'bar', 'zh');
export const SpeakerNotSelectableBarEn: Story = cell(speakerNotSelectable, 'bar', 'en');
export const SpeakerNotSelectablePanelZh: Story = cell(speakerNotSelectable, 'panel', 'zh');
export const SpeakerNotSelectablePanelEn: Story = cell(speakerNotSelectable, 'panel', 'en');
export const SpeakerNotSelectableCompactZh: Story = cell(speakerNotSelectable, 'compact', 'zh');
export const SpeakerNotSelectableCompactEn: Story = cell(speakerNotSelectable, 'compact', 'en');

/**
 * The agent's clicks, in the panel: Answer in the ringing card (the browser picks up, the PBX tells
 * the CTI server, the call connects), Mute and unmute, Hang up (the CTI call and the browser's leg end).
 */
export const AnswerMuteHangUpPanelZh: Story = {
  ...live(phone.ringing, { phone: {} }),
  args: { layout: 'panel' },
  globals: { locale: 'zh-CN' },
  play: async (context) => {
    const p = phoneText(context);
    const { answer } = await answerButton(context);
    await context.userEvent.click(answer);
    const { bar, inBar } = await expectBar(context, 'connected');
    await waitFor(() => expect(worldOf(context).model.snapshot().calls.find((c) => c.state !== 'ended')?.state).toBe('connected'), WAIT);
    const mute = await muteButton(context, bar, false);
    await context.userEvent.click(mute);
    await muteButton(context, bar, true);
    await statusSays(bar, 'muted', p['phone.muted']);
    await context.userEvent.click(mute);
    await muteButton(context, bar, false);
    await phoneStatus(bar, 'registered');
    await context.userEvent.click(inBar.getByRole('button', { name: textOf(context)['action.hangup'] }));
    await expectBar(context, 'idle');
    await waitFor(() => expect(worldOf(context).client.phone?.getState().leg).toBeNull(), WAIT);
  },
};
