import { readFile } from 'node:fs/promises';
import { UsersyncError } from '../../domain/errors.ts';
import { applyChange, changeTarget, type ChangeOutcome } from '../../events/cognito-changes.ts';
import { errorMessage } from '../../services/jobs/job.ts';
import { withJobContext } from '../job.ts';
import type { Output } from '../output.ts';

/**
 * `usersync changes apply FILE`: applies CloudTrail events (one EventBridge event or
 * CloudTrail record, or a JSON array of them) as the change feed does; the way to replay
 * CloudTrail's history after an outage. Events applied already are skipped. Exit 1 when
 * one could not be applied (the others are).
 */
export async function changesApplyCommand(
  output: Output,
  options: { file: string; json: boolean },
): Promise<number> {
  let events: unknown[];
  try {
    const parsed = JSON.parse(await readFile(options.file, 'utf8')) as unknown;
    events = Array.isArray(parsed) ? parsed : [parsed];
  } catch (error) {
    throw new UsersyncError(
      'VALIDATION_FAILED',
      `${options.file} is not a JSON event or array of events: ${errorMessage(error)}`,
    );
  }
  const outcomes = await withJobContext('changes', async ({ config, store, cognito, logger }) => {
    const target = changeTarget({ store, cognito, logger, claims: config.claims }, store.ledger);
    const results: (ChangeOutcome | { outcome: 'failed'; error: string })[] = [];
    for (const event of events) {
      try {
        results.push(await applyChange(target, event));
      } catch (error) {
        results.push({ outcome: 'failed', error: errorMessage(error) });
      }
    }
    return results;
  });
  const count = (kind: string) => outcomes.filter((result) => result.outcome === kind).length;
  const counts = {
    events: outcomes.length,
    synced: count('synced'),
    duplicate: count('duplicate'),
    ignored: count('ignored'),
    failed: count('failed'),
  };
  if (options.json) output.out(JSON.stringify({ counts, outcomes }));
  else {
    for (const [name, value] of Object.entries(counts)) output.out(`  ${name.padEnd(10)} ${value}`);
    for (const result of outcomes) {
      if (result.outcome === 'failed') output.out(`  failed      ${result.error}`);
      else if (result.outcome === 'ignored') {
        output.out(
          `  ignored     ${result.eventName ?? '?'} ${result.eventId ?? ''} (${result.reason ?? ''})`,
        );
      }
    }
  }
  return counts.failed > 0 ? 1 : 0;
}
