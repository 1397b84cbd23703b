import type { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** Options for {@link startPgliteServer}. */
export interface PgliteServerOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** @default 32 */
  maxConnections?: number;
}

/** A running PostgreSQL endpoint over an embedded database. */
export interface PgliteServer {
  /** `postgres://postgres@host:port/postgres` */
  url: string;
  stop(): Promise<void>;
}

/** Extended-protocol messages that leave a batch open until its Sync: Parse, Bind, Describe, Execute, Close, Flush. */
const BATCH_MESSAGES = new Set([0x50, 0x42, 0x44, 0x45, 0x43, 0x48]);
/** Messages that end a batch: Sync, a simple Query (atomic by itself), Terminate. */
const BATCH_ENDS = new Set([0x53, 0x51, 0x58]);

interface QueryQueue {
  enqueue(
    handlerId: number,
    message: Uint8Array,
    onData: (data: Uint8Array) => void,
  ): Promise<number>;
  clearQueueForHandler(handlerId: number): void;
}

/**
 * Serves an embedded database over the PostgreSQL protocol on `host:port` with
 * `@electric-sql/pglite-socket`, so several clients can share it.
 *
 * PGlite is one session. The socket server queues messages and keeps a transaction on the
 * connection that opened it, but outside a transaction it interleaves the messages of an
 * extended-protocol query (Parse, Bind, Execute … Sync) from different connections: one
 * client's Parse then replaces another's unnamed statement ("unnamed prepared statement
 * does not exist"). Here an open batch counts as a transaction for the queue's affinity, so
 * every Parse…Sync runs whole. (Checked by test/db/pglite-concurrency.test.ts.)
 */
export async function startPgliteServer(
  pglite: PGlite,
  options: PgliteServerOptions,
): Promise<PgliteServer> {
  const server = new PGLiteSocketServer({
    db: pglite,
    host: options.host,
    port: options.port,
    maxConnections: options.maxConnections ?? 32,
  });
  holdBatchesTogether(pglite, (server as unknown as { queryQueue: QueryQueue }).queryQueue);
  await server.start();
  return {
    url: `postgres://postgres@${server.getServerConn()}/postgres`,
    stop: () => server.stop(),
  };
}

function holdBatchesTogether(pglite: PGlite, queue: QueryQueue): void {
  const senders = new WeakMap<Uint8Array, number>();
  let batchOwner: number | null = null;

  const enqueue = queue.enqueue.bind(queue);
  queue.enqueue = (handlerId, message, onData) => {
    senders.set(message, handlerId);
    return enqueue(handlerId, message, onData);
  };
  const clear = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId) => {
    if (batchOwner === handlerId) batchOwner = null;
    clear(handlerId);
  };

  const execute = pglite.execProtocolRawStream.bind(pglite);
  pglite.execProtocolRawStream = (message, streamOptions) => {
    const type = message[0] ?? 0;
    if (BATCH_MESSAGES.has(type)) batchOwner = senders.get(message) ?? batchOwner;
    else if (BATCH_ENDS.has(type)) batchOwner = null;
    return execute(message, streamOptions);
  };
  const inTransaction = pglite.isInTransaction.bind(pglite);
  pglite.isInTransaction = () => batchOwner !== null || inTransaction();
}
