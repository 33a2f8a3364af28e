import { memo } from 'react';
import type { CallQuality, PhoneState, QualityWarning } from '@wincall/core';
import { usePhoneMessages } from './phoneMessages';
import { usePhoneSelector } from '../../hooks/usePhone';
import { Activity, ICON } from '../SoftphoneBar/icons';

export type QualityLevel = 'good' | 'fair' | 'poor';

/** Poor when the estimated MOS is low or several things are wrong at once; fair with one warning. */
export function qualityLevel(quality: Pick<CallQuality, 'warnings'>): QualityLevel {
  const { warnings } = quality;
  if (warnings.length === 0) return 'good';
  return warnings.includes('lowMos') || warnings.length > 1 ? 'poor' : 'fair';
}

/** The measure that makes a warning concrete ("RTT 450 ms"). */
function measure(quality: CallQuality, warning: QualityWarning): string | null {
  switch (warning) {
    case 'highRtt':
      return quality.rttMs === null ? null : `${Math.round(quality.rttMs)} ms`;
    case 'highJitter':
      return quality.jitterMs === null ? null : `${Math.round(quality.jitterMs)} ms`;
    case 'highPacketLoss':
      return quality.packetLossPercent === null ? null : `${quality.packetLossPercent.toFixed(1)} %`;
    case 'lowMos':
      return quality.mos === null ? null : `MOS ${quality.mos.toFixed(1)}`;
    default:
      return null;
  }
}

const selectQuality = (state: PhoneState) => state.quality;

function CallQualityIndicator() {
  const { t } = usePhoneMessages();
  const quality = usePhoneSelector(selectQuality);
  if (!quality) return null;
  const level = qualityLevel(quality);
  const words = quality.warnings.map((warning) => {
    const value = measure(quality, warning);
    return value ? `${t(`phone.warning.${warning}`)} ${value}` : t(`phone.warning.${warning}`);
  });
  const label = `${t('phone.quality.label')}: ${t(`phone.quality.${level}`)}${words.length ? ` (${words.join(', ')})` : ''}`;
  return (
    <span className="wincall-quality" data-level={level} role="img" aria-label={label} title={label}>
      <Activity {...ICON} size={16} />
      {level === 'good' ? null : <span className="wincall-quality-text">{words[0]}</span>}
    </span>
  );
}

/** The call's audio quality from the browser phone's measurements: good, or what is wrong in words. */
const MemoCallQualityIndicator = memo(CallQualityIndicator);
export { MemoCallQualityIndicator as CallQualityIndicator };
