import { describe, expect, it } from 'vitest';
import type { AuditEntry, AuditRecord } from '../../src/domain/audit.ts';
import { UsersyncError } from '../../src/domain/errors.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { audited } from '../../src/services/audited.ts';
import { captureLog } from '../support/log-capture.ts';

/** An audit log in memory that refuses the writes `refuse` names by outcome. */
function memoryAudit(refuse: Set<string> = new Set()) {
  const entries: AuditEntry[] = [];
  return {
    entries,
    record(record: AuditRecord): Promise<AuditEntry> {
      if (refuse.has(record.outcome)) return Promise.reject(new UsersyncError('DB_UNAVAILABLE'));
      const entry = { ...record, id: String(entries.length + 1), at: new Date() };
      entries.push(entry);
      return Promise.resolve(entry);
    },
  };
}

const ENTRY = {
  actor: 'admin-sub',
  action: 'user.disable',
  target: 'user-sub',
  detail: {},
} as const;

describe('an audited action', () => {
  it('is recorded as started before it is done, then with how it ended', async () => {
    const audit = memoryAudit();
    const order: string[] = [];
    const acted = await audited(audit, createLogger({ level: 'silent' }), ENTRY, () => {
      order.push(`acting after ${audit.entries.map((entry) => entry.outcome).join(',')}`);
      return Promise.resolve({ result: 7, outcome: 'done', detail: { signedOut: true } });
    });
    expect(order).toEqual(['acting after started']);
    expect(audit.entries.map((entry) => [entry.outcome, entry.detail])).toEqual([
      ['started', {}],
      ['done', { signedOut: true }],
    ]);
    expect(acted).toMatchObject({ result: 7, outcome: 'done', audit: { outcome: 'done' } });
  });

  it('is not done when its entry cannot be written first', async () => {
    let done = false;
    await expect(
      audited(memoryAudit(new Set(['started'])), createLogger({ level: 'silent' }), ENTRY, () => {
        done = true;
        return Promise.resolve({ result: undefined, outcome: 'done', detail: {} });
      }),
    ).rejects.toMatchObject({ code: 'DB_UNAVAILABLE' });
    expect(done).toBe(false);
  });

  it('stands on its started entry when the outcome cannot be written, and says so in the log', async () => {
    const audit = memoryAudit(new Set(['done']));
    const log = captureLog();
    const acted = await audited(
      audit,
      createLogger({ level: 'info', destination: log.stream }),
      ENTRY,
      () => Promise.resolve({ result: 'ok', outcome: 'done', detail: {} }),
    );
    expect(acted).toMatchObject({ result: 'ok', outcome: 'done', audit: { outcome: 'started' } });
    expect(log.lines()).toContainEqual(
      expect.objectContaining({ action: 'user.disable', outcome: 'done', level: 50 }),
    );
  });

  it('records a throw as failed with its code, and throws it on', async () => {
    const audit = memoryAudit();
    await expect(
      audited(audit, createLogger({ level: 'silent' }), ENTRY, () =>
        Promise.reject(new UsersyncError('NOT_FOUND', 'The pool has no user with this sub.')),
      ),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(audit.entries.map((entry) => [entry.outcome, entry.detail])).toEqual([
      ['started', {}],
      ['failed', { code: 'NOT_FOUND' }],
    ]);
  });
});
