import { createSyncHandler } from './sync-handler.ts';
import { jobDependencies } from './bootstrap.ts';
import { functionMetrics, publishReconcileMetrics } from './metrics.ts';

const metrics = functionMetrics('sync');

/** The reconcile as a Lambda function; each finished run publishes its drift as a metric. */
export const handler = createSyncHandler(() => jobDependencies('sync'), {
  onReport: (report) => publishReconcileMetrics(metrics, report.counts, report.dryRun),
});
