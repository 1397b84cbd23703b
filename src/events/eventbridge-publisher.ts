import {
  PutEventsCommand,
  type EventBridgeClient,
  type PutEventsRequestEntry,
} from '@aws-sdk/client-eventbridge';
import { EVENT_SOURCE } from '../domain/events.ts';
import type { Publisher, PublishResult } from './publisher.ts';

/** PutEvents takes at most 10 entries … */
export const MAX_ENTRIES_PER_PUT = 10;
/** … and at most 256 KB in all. */
export const MAX_BYTES_PER_PUT = 256 * 1024;

/** Options for {@link createEventBridgePublisher}. */
export interface EventBridgePublisherOptions {
  client: EventBridgeClient;
  /** The event bus name or ARN. */
  eventBusName: string;
  /** Immediate retries of the entries EventBridge failed, within one publish. @default 2 */
  retries?: number;
  /** Called for each PutEvents request (metrics: entries per request). */
  onPut?: (entries: number) => void;
}

/** An entry's size as EventBridge counts it: Source, DetailType, Detail, EventBusName, and 14 bytes of time. */
export function entrySize(entry: PutEventsRequestEntry): number {
  const bytes = (text: string | undefined) => (text === undefined ? 0 : Buffer.byteLength(text));
  return (
    bytes(entry.Source) +
    bytes(entry.DetailType) +
    bytes(entry.Detail) +
    bytes(entry.EventBusName) +
    14
  );
}

/** Splits entries into PutEvents batches of at most 10 entries and 256 KB. */
export function batchEntries<T extends { entry: PutEventsRequestEntry }>(
  items: readonly T[],
): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    const itemSize = entrySize(item.entry);
    if (
      current.length === MAX_ENTRIES_PER_PUT ||
      (current.length > 0 && size + itemSize > MAX_BYTES_PER_PUT)
    ) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += itemSize;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/**
 * Publishes to EventBridge: `Source` usersync, `DetailType` the event type, `Detail` the
 * envelope. Batches of at most 10 entries and 256 KB; when a response reports
 * `FailedEntryCount`, only the failed entries are sent again. An entry larger than 256 KB
 * on its own fails without a request.
 */
export function createEventBridgePublisher(options: EventBridgePublisherOptions): Publisher {
  const retries = options.retries ?? 2;
  return {
    async publish(events) {
      const results = new Map<string, PublishResult>();
      let pending = events.map((event) => ({
        event,
        entry: {
          Source: EVENT_SOURCE,
          DetailType: event.type,
          Detail: JSON.stringify(event),
          EventBusName: options.eventBusName,
          Time: new Date(event.occurredAt),
        } satisfies PutEventsRequestEntry,
      }));
      for (const item of pending.filter(({ entry }) => entrySize(entry) > MAX_BYTES_PER_PUT)) {
        results.set(item.event.id, { id: item.event.id, ok: false, error: 'EntryTooLarge' });
      }
      pending = pending.filter(({ event }) => !results.has(event.id));

      for (let attempt = 0; attempt <= retries && pending.length > 0; attempt++) {
        const failed: typeof pending = [];
        for (const batch of batchEntries(pending)) {
          options.onPut?.(batch.length);
          try {
            const answer = await options.client.send(
              new PutEventsCommand({ Entries: batch.map(({ entry }) => entry) }),
            );
            batch.forEach((item, index) => {
              const outcome = answer.Entries?.[index];
              if (outcome?.EventId !== undefined && outcome.ErrorCode === undefined) {
                results.set(item.event.id, { id: item.event.id, ok: true });
              } else {
                failed.push(item);
                results.set(item.event.id, {
                  id: item.event.id,
                  ok: false,
                  error: `${outcome?.ErrorCode ?? 'Unknown'}: ${outcome?.ErrorMessage ?? 'no entry result'}`,
                });
              }
            });
          } catch (error) {
            for (const item of batch) {
              failed.push(item);
              results.set(item.event.id, {
                id: item.event.id,
                ok: false,
                error: (error as Error).message,
              });
            }
          }
        }
        pending = failed;
      }
      return events.map(
        (event) => results.get(event.id) ?? { id: event.id, ok: false, error: 'not published' },
      );
    },
  };
}
