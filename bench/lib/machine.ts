import { execFileSync } from 'node:child_process';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { CHROMIUM_PATH } from './browser';

export interface Machine {
  cpuModel: string;
  cpuCount: number;
  ramBytes: number;
  os: string;
  node: string;
  chromium: string;
  /** The commit measured (read-only git), when available. */
  commit: string | null;
  date: string;
  /** 1-minute load average when the run started: other work on the machine skews the numbers. */
  loadAverage: number;
  /** The same when the run ended. */
  loadAverageEnd?: number;
}

function quiet(file: string, args: string[]): string | null {
  try {
    return execFileSync(file, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** Where the numbers come from: they only mean something next to this. */
export function describeMachine(chromiumVersion?: string): Machine {
  const list = cpus();
  return {
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    cpuCount: list.length,
    ramBytes: totalmem(),
    os: `${platform()} ${release()}`,
    node: process.version,
    chromium: chromiumVersion ?? /\d+(\.\d+)+/.exec(quiet(CHROMIUM_PATH, ['--version']) ?? '')?.[0] ?? 'not found',
    commit: quiet('git', ['rev-parse', '--short', 'HEAD']),
    date: new Date().toISOString(),
    loadAverage: loadavg()[0] ?? 0,
  };
}

export const machineLine = (m: Machine) =>
  `${m.cpuModel} × ${m.cpuCount} · ${(m.ramBytes / 1024 ** 3).toFixed(0)} GB RAM · ${m.os} · Node ${m.node} · Chromium ${m.chromium} · ` +
  `commit ${m.commit ?? 'unknown'} · ${m.date} · load ${m.loadAverage.toFixed(1)}` +
  (m.loadAverageEnd === undefined ? '' : ` → ${m.loadAverageEnd.toFixed(1)}`);
