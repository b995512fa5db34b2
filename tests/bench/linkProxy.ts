// A loopback TCP proxy in front of a hub that counts every byte both ways (HTTP headers included; TCP/IP
// framing not) and, when throttled, paces both directions to a slow link: each direction shared by all
// connections at `bytesPerSecond`, every segment arriving `latencyMs` later, and a new connection
// costing a round trip (the TCP handshake) before its first byte. Used by the Node sync bench and by
// the Chromium load bench (CDP network throttling misses a service worker's fetches; a proxy does not).
import { type AddressInfo, createServer, type Socket, connect as tcpConnect } from 'node:net';
import { performance } from 'node:perf_hooks';

export interface LinkThrottle {
  /** Each direction's rate: 50,000 B/s is 400 kbit/s. */
  bytesPerSecond: number;
  /** One way: 200 ms makes 400 ms round trips. */
  latencyMs: number;
}

/** The slow link: 400 kbit/s each way, 400 ms round trips. */
export const SLOW_LINK: LinkThrottle = { bytesPerSecond: 50_000, latencyMs: 200 };
/** A 2G link: 50 kbit/s each way, the same 400 ms round trips. */
export const TWO_G_LINK: LinkThrottle = { bytesPerSecond: 6_250, latencyMs: 200 };
/** A TCP segment's payload: the pacer sends the link's bytes in pieces this big. */
const SEGMENT = 1_460;

export interface LinkProxy {
  origin: string;
  port: number;
  up: number;
  down: number;
  connections: number;
  reset(): void;
  /** Paces the link from now on (connections already open included), or lets it run free (null). */
  throttle(link: LinkThrottle | null): void;
  close(): Promise<void>;
}

interface Pacer {
  /** When the link (one direction, shared by all connections) is free again, in performance.now(). */
  freeAt: number;
}

interface Link extends LinkThrottle {
  pacer: Pacer;
  readyAt: number;
}

/**
 * A pipe in one direction of one connection. Unpaced, it writes at once; paced, each chunk is cut into
 * segments that take their turn on the shared link at `bytesPerSecond`, and arrive `latencyMs` later,
 * in order (one queue, drained by one timer).
 */
function pipe(from: Socket, to: Socket, count: (n: number) => void, linkNow: () => Link | null) {
  const queue: Array<{ at: number; data: Buffer | null }> = [];
  let timer: NodeJS.Timeout | null = null;
  const drain = () => {
    timer = null;
    const now = performance.now();
    while (queue.length > 0 && (queue[0]?.at ?? 0) <= now + 0.5) {
      const { data } = queue.shift() as { data: Buffer | null };
      if (data === null) to.end();
      else if (!to.destroyed) to.write(data);
    }
    if (queue.length > 0) timer = setTimeout(drain, Math.max(0, (queue[0]?.at ?? now) - now));
  };
  const enqueue = (data: Buffer | null) => {
    const link = linkNow();
    if (!link && queue.length === 0) {
      if (data === null) to.end();
      else to.write(data);
      return;
    }
    const now = performance.now();
    if (!link) queue.push({ at: now, data });
    else if (data === null) {
      queue.push({ at: Math.max(now, link.pacer.freeAt) + link.latencyMs, data: null });
    } else {
      for (let offset = 0; offset < data.length; offset += SEGMENT) {
        const piece = data.subarray(offset, offset + SEGMENT);
        const start = Math.max(now, link.pacer.freeAt, link.readyAt);
        link.pacer.freeAt = start + (piece.length / link.bytesPerSecond) * 1000;
        queue.push({ at: link.pacer.freeAt + link.latencyMs, data: piece });
      }
    }
    if (!timer) drain();
  };
  from.on('data', (data: Buffer) => {
    count(data.length);
    enqueue(data);
  });
  from.on('end', () => enqueue(null));
}

/** A proxy on 127.0.0.1 (a free port) to `target` on 127.0.0.1, paced by `initial` or free. */
export async function startLinkProxy(target: number, initial: LinkThrottle | null): Promise<LinkProxy> {
  const upPacer: Pacer = { freeAt: 0 };
  const downPacer: Pacer = { freeAt: 0 };
  let current = initial;
  const sockets = new Set<Socket>();
  const proxy: LinkProxy = {
    origin: '',
    port: 0,
    up: 0,
    down: 0,
    connections: 0,
    reset() {
      proxy.up = 0;
      proxy.down = 0;
      proxy.connections = 0;
    },
    throttle(link) {
      current = link;
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
  const server = createServer((client) => {
    proxy.connections++;
    const hub = tcpConnect(target, '127.0.0.1');
    for (const socket of [client, hub]) {
      sockets.add(socket);
      socket.setNoDelay(true);
      socket.on('error', () => {
        client.destroy();
        hub.destroy();
      });
      socket.on('close', () => sockets.delete(socket));
    }
    // A new connection first costs a round trip (the TCP handshake) before its request can go.
    const readyAt = performance.now() + (current ? 2 * current.latencyMs : 0);
    const link = (pacer: Pacer) => () => (current ? { pacer, ...current, readyAt } : null);
    pipe(client, hub, (n) => (proxy.up += n), link(upPacer));
    pipe(hub, client, (n) => (proxy.down += n), link(downPacer));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.port = (server.address() as AddressInfo).port;
  proxy.origin = `http://127.0.0.1:${proxy.port}`;
  return proxy;
}
