import { afterEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { HEARD_LEVEL } from '../../src/audioCheck';
import { collect, createPhone, destroyPhones, measureStreamTone, untilState } from '../support/phone';
import { AGENT_HZ, CUSTOMER_HZ, EXTENSIONS } from './extensions';

const USER = '8002';

afterEach(() => {
  destroyPhones();
});

async function connectedCall() {
  const phone = createPhone();
  const sip = collect(phone, 'sip');
  await phone.register({ user: USER, password: EXTENSIONS[USER] });
  const id = await commands.sipDial(USER);
  await untilState(phone, (s) => s.leg?.phase === 'ringing', 'the ring');
  await phone.answer();
  await commands.sipWaitFor(id, 'answered');
  return { phone, id, sip: sip.events };
}

const iceUfrag = (sdp: string) => /^a=ice-ufrag:(\S+)/m.exec(sdp)?.[1];

describe('audio devices', () => {
  it('lists microphones and outputs with their names once the microphone is allowed, and refuses unknown ones', async () => {
    const phone = createPhone();
    expect(phone.getState().devices.outputSelectable).toBe(true);
    expect(await phone.requestMicrophone()).toBe('granted');
    const { devices } = await untilState(phone, (s) => s.devices.inputs.length >= 2 && s.devices.outputs.length >= 2, 'the device lists');
    expect(devices.inputs.map((d) => d.label)).toEqual(expect.arrayContaining(['Fake Audio Input 1', 'Fake Audio Input 2']));
    expect(devices.outputs.every((d) => d.id !== 'default' && d.label !== '')).toBe(true);
    await expect(phone.selectDevice('input', 'no-such-microphone')).rejects.toThrow(RangeError);
    await expect(phone.selectDevice('speaker' as 'output', null)).rejects.toThrow(TypeError);
    await phone.selectDevice('ringer', devices.outputs[1]!.id);
    expect(phone.getState().devices.ringer).toBe(devices.outputs[1]!.id);
  });

  it('switches the microphone and the speaker in the middle of a call, without a re-INVITE', async () => {
    const { phone, id, sip } = await connectedCall();
    const invitesBefore = sip.filter((m) => m.summary.startsWith('INVITE')).length;
    const { inputs, outputs } = phone.getState().devices;
    const before = phone.getLocalStream()!.getAudioTracks()[0]!;
    const other = inputs.find((d) => d.id !== before.getSettings().deviceId)!;

    await phone.selectDevice('input', other.id);
    const after = phone.getLocalStream()!.getAudioTracks()[0]!;
    expect(after).not.toBe(before);
    expect(after.getSettings().deviceId).toBe(other.id);
    expect(before.readyState).toBe('ended');
    expect(phone.getState().devices.input).toBe(other.id);

    await phone.selectDevice('output', outputs[0]!.id);
    expect(phone.getState().devices.output).toBe(outputs[0]!.id);
    // Still a call both ways, and nothing was renegotiated.
    expect((await measureStreamTone(phone.getRemoteStream()!, CUSTOMER_HZ, 1.5)).toneSeconds).toBeGreaterThan(0.8);
    expect(sip.filter((m) => m.summary.startsWith('INVITE'))).toHaveLength(invitesBefore);
    await commands.sipHangup(id);
    const heard = await commands.sipRecordingTone(id, AGENT_HZ);
    expect(heard.toneSeconds).toBeGreaterThan(1);
  });

  it('restarts ICE on request with a re-INVITE carrying new ICE credentials, and the call goes on', async () => {
    const { phone, id, sip } = await connectedCall();
    const legId = phone.getState().leg!.id;
    const isOk = (m: (typeof sip)[number]) => /^SIP\/2\.0 200/.test(m.summary) && /^CSeq: \d+ INVITE/im.test(m.text);
    const answered = sip.find((m) => m.direction === 'out' && isOk(m))!;
    await phone.restartIce();
    const reInvite = sip.find((m) => m.direction === 'out' && m.summary.startsWith('INVITE'));
    expect(iceUfrag(reInvite!.text)).toBeDefined();
    expect(iceUfrag(reInvite!.text)).not.toBe(iceUfrag(answered.text));
    await expect.poll(() => sip.some((m) => m.direction === 'in' && isOk(m)), { timeout: 10_000 }).toBe(true);
    expect(phone.getState().leg).toMatchObject({ id: legId, phase: 'connected' });
    expect((await measureStreamTone(phone.getRemoteStream()!, CUSTOMER_HZ, 1.5)).toneSeconds).toBeGreaterThan(0.8);
    await phone.hangup();
    expect(await commands.sipWaitFor(id, 'ended')).toMatchObject({ reason: 'remoteHangup' });
  });
});

describe('the pre-call audio check', () => {
  it('shows the microphone’s level while it runs and says it heard the agent', async () => {
    const phone = createPhone();
    const levels: number[] = [];
    phone.subscribe((s) => {
      if (s.audioCheck.phase === 'running') levels.push(s.audioCheck.level);
    });
    const result = await phone.startAudioCheck(1_500);
    expect(result).toMatchObject({ phase: 'done', microphoneHeard: true });
    expect(result.peak).toBeGreaterThanOrEqual(HEARD_LEVEL);
    expect(Math.max(...levels)).toBeGreaterThan(HEARD_LEVEL);
    expect(phone.getState().audioCheck).toEqual(result);
  });

  it('stops early on request, back to idle', async () => {
    const phone = createPhone();
    const running = phone.startAudioCheck(10_000);
    await untilState(phone, (s) => s.audioCheck.phase === 'running' && s.audioCheck.level > 0, 'a level');
    phone.stopAudioCheck();
    expect(await running).toMatchObject({ phase: 'idle', microphoneHeard: null });
    expect(phone.getState().audioCheck.phase).toBe('idle');
  });

  it('plays the test sounds on the chosen outputs to their end', async () => {
    const phone = createPhone();
    await phone.requestMicrophone();
    const { devices } = await untilState(phone, (s) => s.devices.outputs.length > 0, 'the outputs');
    await phone.selectDevice('ringer', devices.outputs[0]!.id);
    await expect(phone.playTestSound('speaker')).resolves.toBeUndefined();
    await expect(phone.playTestSound('ringer')).resolves.toBeUndefined();
  });
});
