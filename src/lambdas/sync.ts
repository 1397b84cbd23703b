import {
  createSyncHandler,
  createTableSyncHandler,
  type LambdaTimeContext,
} from './sync-handler.ts';
import { jobDependencies, lambdaContext, tableDependencies } from './bootstrap.ts';
import { functionMetrics, publishReconcileMetrics } from './metrics.ts';

const metrics = functionMetrics('sync');

const onPostgres = createSyncHandler(() => jobDependencies('sync'), {
  onReport: (report) => publishReconcileMetrics(metrics, report.counts, report.dryRun),
});
const onTable = createTableSyncHandler(() => tableDependencies('sync'));

/**
 * The reconcile as a Lambda function: on PostgreSQL, each finished run publishes its drift
 * as a metric; on the DynamoDB store, the reconcile of subs by email.
 */
export async function handler(event: unknown, context?: LambdaTimeContext) {
  const { store } = await lambdaContext();
  return store.table === undefined ? onPostgres(event, context) : onTable(event, context);
}
