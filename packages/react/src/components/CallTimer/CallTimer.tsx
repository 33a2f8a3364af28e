import type { CSSProperties } from 'react';
import { useNow } from '../../hooks/useNow';
import { cx, formatDuration } from '../../utils/format';

export interface CallTimerProps {
  /** Count up from this time (ms since epoch). */
  since?: number;
  /** Count down to this time instead (ms since epoch); stops at 00:00. */
  until?: number;
  /** A duration that does not run (e.g. talk time while the call is on hold), in ms. */
  stoppedAt?: number;
  /** Accessible name, e.g. "通话时长". */
  label?: string;
  /** Tick interval, 1 s by default. */
  intervalMs?: number;
  className?: string;
  style?: CSSProperties;
}

/**
 * A ticking `mm:ss` timer. The only component that re-renders on each tick: everything around it
 * renders on state changes alone. Store-free.
 */
export function CallTimer({ since, until, stoppedAt, label, intervalMs = 1000, className, style }: CallTimerProps) {
  const running = stoppedAt === undefined && (until !== undefined || since !== undefined);
  const now = useNow(intervalMs, running);
  const ms = stoppedAt ?? (until !== undefined ? until - now : since !== undefined ? now - since : 0);
  const done = until !== undefined && ms <= 0;
  return (
    <span
      role="timer"
      aria-label={label}
      className={cx('wincall-timer', className)}
      style={style}
      data-state={!running ? 'stopped' : done ? 'done' : until !== undefined ? 'counting-down' : 'running'}
    >
      {/* A countdown rounds to the nearest second: the shared clock may be a few ms behind when it mounts. */}
      {formatDuration(until !== undefined ? Math.round(Math.max(0, ms) / 1000) * 1000 : ms)}
    </span>
  );
}
