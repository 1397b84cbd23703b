import { loadConfig } from '../../config/config.ts';
import { UsersyncError } from '../../domain/errors.ts';
import { openStore } from '../../local/open-database.ts';
import type { Output } from '../output.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `usersync outbox list`: the events the relay parked, with their last error. */
export async function outboxListCommand(
  output: Output,
  options: { limit: number; json: boolean },
): Promise<number> {
  const store = await openStore(loadConfig(), 'usersync outbox list');
  try {
    const parked = await store.outbox.listParked(options.limit);
    const total = await store.outbox.parkedCount();
    if (options.json) {
      output.out(JSON.stringify({ count: total, events: parked }));
    } else if (parked.length === 0) {
      output.out('No event is parked.');
    } else {
      for (const event of parked) {
        output.out(
          `${event.id}  ${event.type}  ${event.attempts} attempts  parked ${event.parkedAt}  ${event.error ?? ''}`,
        );
      }
      if (total > parked.length) output.out(`… and ${total - parked.length} more.`);
    }
    return 0;
  } finally {
    await store.close();
  }
}

/**
 * `usersync outbox redrive [ID…] | --all`: gives parked events to the relay again, with
 * fresh attempts. Ids that are not UUIDs are a usage error, before anything is written.
 */
export async function outboxRedriveCommand(
  output: Output,
  options: { ids: string[]; all: boolean; json: boolean },
): Promise<number> {
  if (options.all === options.ids.length > 0) {
    throw new UsersyncError('VALIDATION_FAILED', 'Name the events to re-drive, or pass --all.');
  }
  const bad = options.ids.find((id) => !UUID.test(id));
  if (bad !== undefined) {
    throw new UsersyncError('VALIDATION_FAILED', `${bad} is not an event id (a UUID).`);
  }
  const store = await openStore(loadConfig(), 'usersync outbox redrive');
  try {
    const moved = await store.outbox.redrive(options.all ? 'all' : options.ids);
    output.out(
      options.json
        ? JSON.stringify({ redriven: moved })
        : `Gave ${moved} parked event(s) back to the relay.`,
    );
    return 0;
  } finally {
    await store.close();
  }
}
