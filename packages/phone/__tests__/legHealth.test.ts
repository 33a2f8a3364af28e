import { describe, expect, it } from 'vitest';
import { createLegHealth } from '../src/legHealth';

const T0 = 1_000_000;

describe('a connected leg’s health', () => {
  it('ends with MEDIA_TIMEOUT after 10 s without an inbound packet, not before', () => {
    const health = createLegHealth(T0);
    health.ice('connected', T0);
    expect(health.sample(50, true, T0 + 1000)).toEqual({ kind: 'none' });
    for (let s = 2; s <= 10; s++) expect(health.sample(50, true, T0 + s * 1000)).toEqual({ kind: 'none' });
    expect(health.sample(50, true, T0 + 11_000)).toEqual({ kind: 'fail', code: 'MEDIA_TIMEOUT' });
    // Said once.
    expect(health.sample(50, true, T0 + 12_000)).toEqual({ kind: 'none' });
  });

  it('keeps a leg whose packets keep coming', () => {
    const health = createLegHealth(T0);
    health.ice('connected', T0);
    for (let s = 1; s <= 60; s++) expect(health.sample(s * 50, true, T0 + s * 1000).kind).toBe('none');
  });

  it('does not count silence from a far end that holds the call', () => {
    const health = createLegHealth(T0);
    health.ice('connected', T0);
    for (let s = 1; s <= 30; s++) expect(health.sample(0, false, T0 + s * 1000).kind).toBe('none');
    // Back from hold: the clock starts again from the last held sample.
    expect(health.sample(0, true, T0 + 31_000).kind).toBe('none');
    expect(health.sample(0, true, T0 + 41_000)).toEqual({ kind: 'fail', code: 'MEDIA_TIMEOUT' });
  });

  it('restarts ICE once when it fails, and ends with ICE_FAILED when it fails again before recovering', () => {
    const health = createLegHealth(T0);
    health.ice('connected', T0);
    expect(health.ice('failed', T0 + 5000)).toEqual({ kind: 'restartIce' });
    health.restartStarted(T0 + 5000);
    expect(health.ice('checking', T0 + 5500).kind).toBe('none');
    expect(health.ice('failed', T0 + 9000)).toEqual({ kind: 'fail', code: 'ICE_FAILED' });
  });

  it('allows a new restart for a later, separate failure once ICE recovered', () => {
    const health = createLegHealth(T0);
    health.ice('connected', T0);
    expect(health.ice('failed', T0 + 1000).kind).toBe('restartIce');
    health.restartStarted(T0 + 1000);
    health.ice('connected', T0 + 2000);
    expect(health.ice('failed', T0 + 60_000).kind).toBe('restartIce');
  });

  it('restarts ICE after 3 s disconnected (a network change), on the next sample', () => {
    const health = createLegHealth(T0);
    health.ice('connected', T0);
    health.ice('disconnected', T0 + 10_000);
    expect(health.sample(500, true, T0 + 11_000).kind).toBe('none');
    expect(health.sample(500, true, T0 + 13_000)).toEqual({ kind: 'restartIce' });
  });

  it('gives a restart 10 s to bring packets back, then ends with ICE_FAILED (its re-INVITE may hang)', () => {
    const health = createLegHealth(T0);
    health.ice('connected', T0);
    expect(health.sample(50, true, T0 + 1000).kind).toBe('none');
    health.restartStarted(T0 + 8000);
    for (let s = 9; s <= 17; s++) expect(health.sample(50, true, T0 + s * 1000).kind).toBe('none');
    expect(health.sample(50, true, T0 + 18_000)).toEqual({ kind: 'fail', code: 'ICE_FAILED' });
  });

  it('a restart that brings packets back keeps the leg', () => {
    const health = createLegHealth(T0);
    health.ice('connected', T0);
    health.restartStarted(T0 + 1000);
    for (let s = 2; s <= 30; s++) expect(health.sample(s > 5 ? s * 50 : 0, true, T0 + s * 1000).kind).toBe('none');
  });

  it('ends with ICE_FAILED when the restart re-INVITE is refused while ICE is down; keeps a healthy leg', () => {
    const down = createLegHealth(T0);
    down.ice('connected', T0);
    down.ice('failed', T0 + 1000);
    down.restartStarted(T0 + 1000);
    expect(down.restartFailed(T0 + 2000)).toEqual({ kind: 'fail', code: 'ICE_FAILED' });

    const fine = createLegHealth(T0);
    fine.ice('connected', T0);
    fine.restartStarted(T0 + 1000);
    expect(fine.restartFailed(T0 + 2000).kind).toBe('none');
    // …and its media clock runs again.
    expect(fine.sample(0, true, T0 + 13_000)).toEqual({ kind: 'fail', code: 'MEDIA_TIMEOUT' });
  });

  it('a restart accepted while ICE stayed connected does not leave the clock suspended', () => {
    const health = createLegHealth(T0);
    health.ice('connected', T0);
    health.restartStarted(T0 + 1000);
    health.restartDone(T0 + 1500);
    expect(health.sample(0, true, T0 + 12_000)).toEqual({ kind: 'fail', code: 'MEDIA_TIMEOUT' });
  });
});
