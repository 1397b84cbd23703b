import type { EventEnvelope } from './events.ts';

/** An event the relay has claimed: its envelope and how often publishing it failed. */
export interface ClaimedEvent {
  id: string;
  payload: EventEnvelope;
  attempts: number;
}

/**
 * An event that was not published: its id, the error, and when to try it again; or, with
 * `park`, never again by itself (its last attempt failed: an operator re-drives it).
 */
export interface PublishFailure {
  id: string;
  error: string;
  delayMs: number;
  park?: boolean;
}

/** An event the relay parked, as `usersync outbox list` shows it. */
export interface ParkedEvent {
  id: string;
  type: string;
  attempts: number;
  error: string | null;
  createdAt: string;
  parkedAt: string;
}

/** An event as the console lists it: no payload (it may hold personal data). */
export interface OutboxEntry {
  id: string;
  type: string;
  /** The user the event is about, by id. */
  userId: string | null;
  createdAt: string;
  state: 'pending' | 'published' | 'parked';
  attempts: number;
  error: string | null;
}

/** What the relay's publishing of one batch came to. */
export interface BatchOutcome {
  published: string[];
  failures: PublishFailure[];
}
