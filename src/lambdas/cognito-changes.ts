import { changeTarget, createChangeFeedHandler } from '../events/cognito-changes.ts';
import { jobDependencies, lambdaContext } from './bootstrap.ts';

/**
 * The change feed as a Lambda function on its SQS queue (fed by an EventBridge rule on the
 * default bus for CloudTrail's `aws.cognito-idp` calls): one-user syncs of the users whose
 * Cognito state changed, with report batch item failures on, on either store.
 */
export const handler = createChangeFeedHandler(async () => {
  const { store } = await lambdaContext();
  return changeTarget(await jobDependencies('cognito-changes', 'feed'), store.ledger);
});
