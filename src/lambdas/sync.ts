import { createSyncHandler } from './sync-handler.ts';
import { lambdaContext, required } from './bootstrap.ts';

/** The reconcile as a Lambda function: `{"sync_cognito": true, "dryRun"?: boolean}` → the report. */
export const handler = createSyncHandler(async () => {
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
});
