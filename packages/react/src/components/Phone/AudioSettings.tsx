import { memo, useContext, useId, useState, type ChangeEvent } from 'react';
import type { AudioDeviceInfo, PhoneState } from '@wincall/core';
import { CommandErrorContext } from '../../context';
import { usePhoneMessages } from './phoneMessages';
import { usePhoneSelector } from '../../hooks/usePhone';
import { useWinCall } from '../../hooks/useWinCall';
import { toError } from '../../utils/errors';

const selectDevices = (state: PhoneState) => state.devices;
const selectMicrophone = (state: PhoneState) => state.microphone;
const selectCheck = (state: PhoneState) => state.audioCheck;

interface PickerProps {
  label: string;
  devices: readonly AudioDeviceInfo[];
  value: string | null;
  disabled?: boolean;
  onChange: (id: string | null) => void;
}

function DevicePicker({ label, devices, value, disabled, onChange }: PickerProps) {
  const { t } = usePhoneMessages();
  const id = useId();
  return (
    <div className="wincall-field">
      <label className="wincall-label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="wincall-select"
        value={value ?? ''}
        disabled={disabled}
        onChange={(event: ChangeEvent<HTMLSelectElement>) => onChange(event.target.value === '' ? null : event.target.value)}
      >
        <option value="">{t('phone.device.default')}</option>
        {devices.map((device, i) => (
          <option key={device.id || i} value={device.id}>
            {device.label || t('phone.device.unnamed', { n: i + 1 })}
          </option>
        ))}
      </select>
    </div>
  );
}

function AudioSettings() {
  const { t } = usePhoneMessages();
  const client = useWinCall();
  const reportError = useContext(CommandErrorContext);
  const devices = usePhoneSelector(selectDevices);
  const microphone = usePhoneSelector(selectMicrophone);
  const check = usePhoneSelector(selectCheck);
  const [busy, setBusy] = useState(false);
  const phone = client.phone;
  if (!phone || !devices || !microphone || !check) return null;
  const run = (work: () => Promise<unknown>) => {
    setBusy(true);
    work()
      .catch((error: unknown) => {
        if (!(error instanceof Error && error.name === 'PhoneError')) reportError?.(toError(error));
      })
      .finally(() => setBusy(false));
  };
  const select = (kind: 'input' | 'output' | 'ringer') => (id: string | null) => run(() => phone.selectDevice(kind, id));
  const allowed = microphone === 'granted';
  return (
    <div className="wincall-audio-settings">
      <p className="wincall-hint" data-state={microphone} role="status">
        {t(`phone.microphone.${microphone}`)}
      </p>
      {microphone === 'unknown' || microphone === 'denied' || microphone === 'inUse' || microphone === 'noDevice' ? (
        <button type="button" className="wincall-button wincall-button-primary" disabled={busy} onClick={() => run(() => phone.requestMicrophone())}>
          {t(microphone === 'unknown' ? 'phone.microphone.allow' : 'phone.microphone.retry')}
        </button>
      ) : null}
      <DevicePicker label={t('phone.device.input')} devices={devices.inputs} value={devices.input} disabled={busy} onChange={select('input')} />
      <DevicePicker label={t('phone.device.output')} devices={devices.outputs} value={devices.output} disabled={busy || !devices.outputSelectable} onChange={select('output')} />
      <DevicePicker label={t('phone.device.ringer')} devices={devices.outputs} value={devices.ringer} disabled={busy || !devices.outputSelectable} onChange={select('ringer')} />
      {devices.outputSelectable ? null : <p className="wincall-hint">{t('phone.device.outputUnsupported')}</p>}
      <div className="wincall-audio-check" data-state={check.phase}>
        <button
          type="button"
          className="wincall-button"
          disabled={busy && check.phase !== 'running'}
          onClick={() => (check.phase === 'running' ? phone.stopAudioCheck() : run(() => phone.startAudioCheck()))}
        >
          {t(check.phase === 'running' ? 'phone.check.stop' : 'phone.check.start')}
        </button>
        {check.phase === 'running' ? (
          <meter className="wincall-level" min={0} max={1} value={check.level} aria-label={t('phone.check.level')} />
        ) : null}
        {check.phase === 'done' ? (
          <p className="wincall-hint" role="status" data-heard={check.microphoneHeard ? 'yes' : 'no'}>
            {t(check.microphoneHeard ? 'phone.check.heard' : 'phone.check.notHeard')}
          </p>
        ) : null}
        <button type="button" className="wincall-button" disabled={busy} onClick={() => run(() => phone.playTestSound('speaker'))}>
          {t('phone.check.speaker')}
        </button>
        <button type="button" className="wincall-button" disabled={busy} onClick={() => run(() => phone.playTestSound('ringer'))}>
          {t('phone.check.ringer')}
        </button>
      </div>
      {allowed ? null : <p className="wincall-hint">{t('phone.device.labelsAfterAllow')}</p>}
    </div>
  );
}

/**
 * The browser phone's audio: the microphone (asked for only from this click, with what to do when
 * refused), microphone / speaker / ringer pickers that follow devices plugged in or out, and the
 * pre-call check (microphone level, a sound on the speaker and on the ringer).
 */
const MemoAudioSettings = memo(AudioSettings);
export { MemoAudioSettings as AudioSettings };
