import { describe, expect, it } from 'vitest';
import {
  EventBridgeClient,
  PutEventsCommand,
  type PutEventsRequestEntry,
} from '@aws-sdk/client-eventbridge';
import { mockClient } from 'aws-sdk-client-mock';
import { createEvent } from '../../src/domain/events.ts';
import {
  MAX_BYTES_PER_PUT,
  createEventBridgePublisher,
} from '../../src/events/eventbridge-publisher.ts';

/** No EventBridge emulator exists: these tests run the publisher over aws-sdk-client-mock. */
describe('EventBridge publisher (aws-sdk-client-mock: no emulator exists)', () => {
  function setup() {
    const client = new EventBridgeClient({ region: 'us-east-1' });
    const mock = mockClient(client);
    const puts: number[] = [];
    const publisher = createEventBridgePublisher({
      client,
      eventBusName: 'bus',
      onPut: (n) => puts.push(n),
    });
    return { mock, puts, publisher };
  }
  const accepted = (entries: PutEventsRequestEntry[] | undefined) => ({
    FailedEntryCount: 0,
    Entries: (entries ?? []).map((_, i) => ({ EventId: `e-${i}` })),
  });

  it('sends batches of at most 10 entries, DetailType the type and Detail the envelope', async () => {
    const { mock, puts, publisher } = setup();
    mock
      .on(PutEventsCommand)
      .callsFake((input: { Entries?: PutEventsRequestEntry[] }) => accepted(input.Entries));
    const events = Array.from({ length: 25 }, (_, i) => createEvent('user.registered', { n: i }));
    const results = await publisher.publish(events);
    expect(results.every((result) => result.ok)).toBe(true);
    expect(puts).toEqual([10, 10, 5]);
    const first = mock.commandCalls(PutEventsCommand)[0]?.args[0].input.Entries?.[0];
    expect(first).toMatchObject({
      Source: 'usersync',
      DetailType: 'user.registered',
      EventBusName: 'bus',
    });
    expect(JSON.parse(first?.Detail ?? '{}')).toEqual(events[0]);
    mock.restore();
  });

  it('retries only the entries EventBridge failed', async () => {
    const { mock, publisher } = setup();
    mock
      .on(PutEventsCommand)
      .resolvesOnce({
        FailedEntryCount: 2,
        Entries: [
          { EventId: 'a' },
          { ErrorCode: 'ThrottlingException', ErrorMessage: 'slow down' },
          { EventId: 'c' },
          { ErrorCode: 'InternalFailure', ErrorMessage: 'oops' },
        ],
      })
      .callsFake((input: { Entries?: PutEventsRequestEntry[] }) => accepted(input.Entries));
    const events = Array.from({ length: 4 }, (_, i) => createEvent('user.updated', { n: i }));
    const results = await publisher.publish(events);
    expect(results.every((result) => result.ok)).toBe(true);
    const retried = mock.commandCalls(PutEventsCommand)[1]?.args[0].input.Entries ?? [];
    expect(retried.map((entry) => JSON.parse(entry.Detail ?? '{}').id)).toEqual([
      events[1]?.id,
      events[3]?.id,
    ]);
    mock.restore();
  });

  it('reports entries that keep failing, and never sends one larger than 256 KB', async () => {
    const { mock, publisher } = setup();
    mock.on(PutEventsCommand).resolves({
      FailedEntryCount: 1,
      Entries: [{ ErrorCode: 'InternalFailure', ErrorMessage: 'x' }],
    });
    const huge = createEvent('user.updated', { blob: 'x'.repeat(MAX_BYTES_PER_PUT) });
    const small = createEvent('user.updated', { n: 1 });
    const results = await publisher.publish([huge, small]);
    expect(results).toEqual([
      { id: huge.id, ok: false, error: 'EntryTooLarge' },
      { id: small.id, ok: false, error: 'InternalFailure: x' },
    ]);
    expect(mock.commandCalls(PutEventsCommand)).toHaveLength(3);
    mock.restore();
  });

  it('splits by size: entries of 100 KB go two to a request', async () => {
    const { mock, puts, publisher } = setup();
    mock
      .on(PutEventsCommand)
      .callsFake((input: { Entries?: PutEventsRequestEntry[] }) => accepted(input.Entries));
    const events = Array.from({ length: 5 }, () =>
      createEvent('user.updated', { blob: 'y'.repeat(100 * 1024) }),
    );
    await publisher.publish(events);
    expect(puts).toEqual([2, 2, 1]);
    mock.restore();
  });
});
