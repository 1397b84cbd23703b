import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  functionMetrics,
  publishReconcileMetrics,
  publishRelayMetrics,
} from '../../src/lambdas/metrics.ts';
import { emptyCounts, reconcileDrift } from '../../src/services/jobs/reconcile-plan.ts';

/** The EMF documents Powertools writes to stdout (CloudWatch reads them from the log). */
function capture(): { documents: () => Record<string, unknown>[] } {
  const lines: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  return {
    documents: () =>
      lines
        .join('')
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

describe('function metrics (CloudWatch EMF through Powertools)', () => {
  afterEach(() => vi.restoreAllMocks());

  it("publishes the relay's oldest unpublished age and its parked events, which the stack alarms on", () => {
    const out = capture();
    publishRelayMetrics(functionMetrics('relay'), {
      oldestUnpublishedAgeSeconds: 42.5,
      parked: 2,
      published: 7,
    });
    const [document] = out.documents();
    expect(document).toMatchObject({
      OutboxOldestAgeSeconds: 42.5,
      OutboxParked: 2,
      EventsPublished: 7,
    });
    expect(JSON.stringify(document?.['_aws'])).toContain('"Namespace":"usersync"');
  });

  it("publishes a reconcile's drift: every row or user out of step, changed or (dry) not", () => {
    const counts = {
      ...emptyCounts(),
      scanned: 100,
      matched: 80,
      updated: 5,
      linked: 3,
      created: 2,
      markedDeleted: 1,
      skippedNoDbUser: 4,
      skippedNoCognitoUser: 2,
      conflicts: 1,
      failed: 1,
    };
    expect(reconcileDrift(counts)).toBe(18);
    const out = capture();
    publishReconcileMetrics(functionMetrics('sync'), counts, true);
    expect(out.documents()[0]).toMatchObject({
      ReconcileDrift: 18,
      ReconcileFailed: 1,
      dryRun: 'true',
    });
  });
});
