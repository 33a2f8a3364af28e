/**
 * Free ports on 127.0.0.1, asked from the kernel (bind to port 0, read, close). A port is only
 * free at the moment we asked, but the servers bind it within milliseconds, and several rigs
 * (other test files, other developers' runs) then never pick the same fixed numbers.
 */
import { createSocket } from 'node:dgram';
import { createServer } from 'node:net';

export function freeTcpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export function freeUdpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = createSocket('udp4');
    socket.once('error', reject);
    socket.bind(0, '127.0.0.1', () => {
      const { port } = socket.address();
      socket.close(() => resolve(port));
    });
  });
}

/**
 * A block of `size` ports for RTP, somewhere in 20000–59999. rtpengine and baresip pick ports
 * inside their range at random and skip busy ones, so a range shared by chance with another rig
 * only costs a retry; a random block keeps that rare.
 */
export function rtpPortRange(size: number): { min: number; max: number } {
  const min = 20000 + 2 * Math.floor((Math.random() * (40000 - size)) / 2);
  return { min, max: min + size - 1 };
}
