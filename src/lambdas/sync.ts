import { createSyncHandler, type LambdaTimeContext } from './sync-handler.ts';
import { jobDependencies } from './bootstrap.ts';
import { functionMetrics, publishReconcileMetrics } from './metrics.ts';

const metrics = functionMetrics('sync');

const run = createSyncHandler(() => jobDependencies('sync', 'jobs'), {
  onReport: (report) => publishReconcileMetrics(metrics, report.counts, report.dryRun),
});

/** The reconcile as a Lambda function: each finished run publishes its drift as a metric. */
export async function handler(event: unknown, context?: LambdaTimeContext) {
  return run(event, context);
}
