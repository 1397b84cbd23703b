import { createSyncHandler } from './sync-handler.ts';
import { lambdaContext, required } from './bootstrap.ts';
import { functionMetrics, publishReconcileMetrics } from './metrics.ts';

const metrics = functionMetrics('sync');

/** The reconcile as a Lambda function; each finished run publishes its drift as a metric. */
export const handler = createSyncHandler(
  async () => {
    const { config, database, logger, cognito } = await lambdaContext();
    return {
      db: database.db,
      cognito: {
        gateway: cognito(),
        userPoolId: required(
          config.cognito.userPoolId,
          'COGNITO_USER_POOL_ID',
          'for the sync function',
        ),
      },
      logger: logger.child({ component: 'sync' }),
    };
  },
  { onReport: (report) => publishReconcileMetrics(metrics, report.counts, report.dryRun) },
);
