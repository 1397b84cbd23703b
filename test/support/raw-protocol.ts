import net from 'node:net';
import { serialize } from 'pg-protocol';

/**
 * A bare PostgreSQL protocol client: sends exactly the messages it is given, when it is
 * told to, so a test can hold an extended-protocol query open half-way.
 */
export interface RawClient {
  send(message: Buffer): void;
  /** Resolves with the backend message types received until ReadyForQuery ('Z'). */
  untilReady(): Promise<string[]>;
  close(): void;
}

/** Connects and completes the startup exchange (trust authentication). */
export async function connectRaw(host: string, port: number): Promise<RawClient> {
  const socket = net.connect({ host, port });
  let buffer = Buffer.alloc(0);
  let waiting: { types: string[]; resolve: (types: string[]) => void } | undefined;
  socket.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    while (buffer.length >= 5) {
      const length = buffer.readInt32BE(1);
      if (buffer.length < length + 1) break;
      const type = String.fromCharCode(buffer[0] ?? 0);
      buffer = buffer.subarray(length + 1);
      waiting?.types.push(type);
      if (type === 'Z' && waiting) {
        const { types, resolve } = waiting;
        waiting = undefined;
        resolve(types);
      }
    }
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('error', reject);
  });
  const client: RawClient = {
    send: (message) => socket.write(message),
    untilReady: () => new Promise((resolve) => (waiting = { types: [], resolve })),
    close: () => socket.destroy(),
  };
  const ready = client.untilReady();
  client.send(serialize.startup({ user: 'postgres', database: 'postgres' }));
  await ready;
  return client;
}

export { serialize };
