/**
 * Debian's Chromium and the flags every browser test and benchmark launches it with: browser
 * builds cannot be downloaded on our machines, and without the background-networking flags
 * Chromium keeps knocking at the closed network.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
