/**
 * What the phone benchmark watches in the page without any hook in the product, installed before
 * anything else on the page runs (this module is the page's first import), as the demo's
 * end-to-end probe does with an init script:
 * - every RTCPeerConnection the page creates (sip.js looks the global constructor up when it
 *   creates a call's peer connection);
 * - sounds that start playing from a URL (`src`, not a `srcObject` stream): the browser phone's
 *   ring. The call's own audio is a stream.
 */
export const peerConnections: RTCPeerConnection[] = [];

/** Called with `performance.now()` each time a sound played from a URL starts (its `playing` event). */
export const soundStarted = new Set<(at: number) => void>();

if (typeof RTCPeerConnection === 'function') {
  class NotedPeerConnection extends RTCPeerConnection {
    constructor(configuration?: RTCConfiguration) {
      super(configuration);
      peerConnections.push(this);
    }
  }
  window.RTCPeerConnection = NotedPeerConnection;
}

const play = HTMLMediaElement.prototype.play;
HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
  if (this.srcObject === null) {
    this.addEventListener(
      'playing',
      () => {
        const at = performance.now();
        for (const listener of [...soundStarted]) listener(at);
      },
      { once: true },
    );
  }
  return play.call(this);
};
