import type { AuditEntry, AuditRecord } from '../domain/audit.ts';
import { failureOf } from './jobs/job.ts';
import type { Logger } from '../logging/logger.ts';
import type { AuditLog } from '../stores/store.ts';

/** How long after its `started` entry an outcome is written at the earliest. */
const ORDERED_MS = 2;

/** What an audited action reports: its result, how it ended, and what it changed. */
export interface Acted<T> {
  result: T;
  outcome: 'done' | 'failed';
  detail: Record<string, unknown>;
}

/**
 * Does an operator's action between its audit entries: `started` before anything is done
 * (an action whose entry cannot be written is not done: that error is thrown), then `done`
 * or `failed` with what the action reports, or `failed` with the code of what it threw (and
 * that is thrown on). An entry that cannot be written after the action is logged, not
 * thrown: the action is done, and its `started` entry stands for it. Returns the result
 * and the last entry written.
 */
export async function audited<T>(
  audit: Pick<AuditLog, 'record'>,
  logger: Logger,
  entry: Omit<AuditRecord, 'outcome'>,
  act: () => Promise<Acted<T>>,
): Promise<Acted<T> & { audit: AuditEntry }> {
  const started = await audit.record({ ...entry, outcome: 'started' });
  const startedAt = Date.now();
  const after = async (record: AuditRecord): Promise<AuditEntry> => {
    // The log orders entries by their time to the millisecond: an outcome written in the
    // same millisecond as its start could be listed before it.
    const early = startedAt + ORDERED_MS - Date.now();
    if (early > 0) await new Promise((resolve) => setTimeout(resolve, early));
    try {
      return await audit.record(record);
    } catch (error) {
      logger.error(
        { err: error, action: entry.action, target: entry.target, outcome: record.outcome },
        'the action is recorded as started only: its outcome could not be written',
      );
      return started;
    }
  };
  let acted: Acted<T>;
  try {
    acted = await act();
  } catch (error) {
    const { code } = failureOf(error);
    await after({ ...entry, outcome: 'failed', detail: { ...entry.detail, code } });
    throw error;
  }
  const last = await after({
    ...entry,
    outcome: acted.outcome,
    detail: { ...entry.detail, ...acted.detail },
  });
  return { ...acted, audit: last };
}
