import type pg from 'pg';
import type { Logger } from '../logging/logger.ts';
import { OUTBOX_CHANNEL } from '../db/outbox.ts';
import type { Relay } from './relay.ts';

/** Options for {@link runRelayLoop}. */
export interface RelayLoopOptions {
  relay: Relay;
  /** For a connection of its own that LISTENs on the outbox channel (PostgreSQL only). */
  pool?: pg.Pool;
  logger: Logger;
  /** Stops the loop. */
  signal: AbortSignal;
  /** Polls this often when no notification comes (or LISTEN is not available). @default 1_000 */
  pollMs?: number;
  /**
   * Holds a connection that LISTENs. Off for the embedded database's pool of one, whose
   * only connection the relay itself needs. @default true
   */
  listen?: boolean;
}

/**
 * Runs the relay until `signal` aborts: drains the outbox, then waits for a NOTIFY on the
 * outbox channel or the poll interval, whichever comes first. Where LISTEN is not
 * available (the embedded database's socket server delivers no notifications) it polls.
 * A failing drain (the database is down) is logged and tried again at the next wake-up,
 * so the relay resumes by itself when the database returns.
 */
export async function runRelayLoop(options: RelayLoopOptions): Promise<void> {
  const pollMs = options.pollMs ?? 1_000;
  let wake: (() => void) | undefined;
  let listener: Held | undefined;

  const listen = async (): Promise<void> => {
    if (listener !== undefined || options.listen === false || options.pool === undefined) return;
    let held: Held | undefined;
    try {
      held = hold(await options.pool.connect());
      const own = held;
      own.client.on('notification', () => wake?.());
      // A cut connection: given back destroyed, once, whoever notices first.
      own.client.on('error', () => {
        if (listener === own) listener = undefined;
        own.release(true);
      });
      await own.client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      listener = own;
    } catch (error) {
      held?.release(true);
      options.logger.debug({ err: error }, 'LISTEN unavailable; the relay polls');
    }
  };

  try {
    while (!options.signal.aborted) {
      await listen();
      try {
        const counts = await options.relay.drain();
        if (counts.published > 0 || counts.failed > 0) options.logger.info(counts, 'relay pass');
      } catch (error) {
        options.logger.error({ err: error }, 'relay pass failed; trying again');
      }
      if (options.signal.aborted) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, pollMs);
        function done(): void {
          clearTimeout(timer);
          options.signal.removeEventListener('abort', done);
          wake = undefined;
          resolve();
        }
        wake = done;
        options.signal.addEventListener('abort', done, { once: true });
      });
    }
  } finally {
    const held = listener;
    listener = undefined;
    if (held !== undefined) {
      await held.client.query(`UNLISTEN ${OUTBOX_CHANNEL}`).catch(() => undefined);
      held.release();
    }
  }
}

/** A pool client held for LISTEN, given back to its pool at most once. */
interface Held {
  client: pg.PoolClient;
  release(destroy?: boolean): void;
}

function hold(client: pg.PoolClient): Held {
  let released = false;
  return {
    client,
    release: (destroy = false) => {
      if (released) return;
      released = true;
      client.release(destroy);
    },
  };
}
