/**
 * Finds the three servers (and kamailio's WebSocket module, packaged apart) before anything is
 * spawned, so a machine without them gets one clear error naming the Debian packages to install.
 */
import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { SipRigError } from './errors';

export interface SipBinaries {
  readonly kamailio: string;
  readonly rtpengine: string;
  readonly baresip: string;
  /** kamailio's `mpath`. */
  readonly kamailioModules: string;
  /** baresip's `module_path`. */
  readonly baresipModules: string;
}

/** Where a machine's PATH may leave out the sbin folders (kamailio lives in /usr/sbin). */
export function defaultBinaryDirs(): string[] {
  const fromEnv = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  return [...new Set([...fromEnv, '/usr/local/sbin', '/usr/sbin', '/sbin', '/usr/local/bin', '/usr/bin'])];
}

function findExecutable(name: string, dirs: readonly string[]): string | undefined {
  for (const dir of dirs) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

/** Debian installs modules under the multiarch folder (/usr/lib/x86_64-linux-gnu/...). */
function findModuleDir(relative: string, requiredFile: string, libDirs: readonly string[]): string | undefined {
  const candidates = libDirs.flatMap((lib) => {
    const direct = join(lib, relative);
    const multiarch = safeReaddir(lib)
      .filter((entry) => entry.endsWith('-linux-gnu'))
      .map((entry) => join(lib, entry, relative));
    return [...multiarch, direct];
  });
  return candidates.find((dir) => existsSync(join(dir, requiredFile)));
}

function safeReaddir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/**
 * Resolves every binary and module folder the rig needs, or rejects with a `missingBinary` error
 * whose message holds the exact `apt-get install -y …` line for the missing packages.
 */
export function findSipBinaries(binaryDirs: readonly string[] = defaultBinaryDirs(), libDirs: readonly string[] = ['/usr/lib', '/usr/local/lib']): SipBinaries {
  const kamailio = findExecutable('kamailio', binaryDirs);
  const rtpengine = findExecutable('rtpengine', binaryDirs);
  const baresip = findExecutable('baresip', binaryDirs);
  const kamailioModules = findModuleDir('kamailio/modules', 'tm.so', libDirs);
  const hasWebsocket = kamailioModules !== undefined && existsSync(join(kamailioModules, 'websocket.so'));
  const baresipModules = findModuleDir('baresip/modules', 'ctrl_tcp.so', libDirs);

  const missing: string[] = [];
  if (!kamailio || !kamailioModules) missing.push('kamailio');
  if (!hasWebsocket) missing.push('kamailio-websocket-modules');
  if (!rtpengine) missing.push('rtpengine-daemon');
  if (!baresip || !baresipModules) missing.push('baresip-core');
  if (missing.length > 0 || !kamailio || !kamailioModules || !rtpengine || !baresip || !baresipModules) {
    throw new SipRigError(
      'missingBinary',
      `The SIP rig needs Debian packages that are not installed (${missing.join(', ')}). Install them with:\n` +
        `apt-get install -y ${missing.join(' ')}`,
    );
  }
  return { kamailio, rtpengine, baresip, kamailioModules, baresipModules };
}
