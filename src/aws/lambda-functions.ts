import {
  AddPermissionCommand,
  ListTagsCommand,
  RemovePermissionCommand,
  ResourceConflictException,
  ResourceNotFoundException,
  TagResourceCommand,
  UntagResourceCommand,
  type LambdaClient,
} from '@aws-sdk/client-lambda';

/** What usersync does to the Lambda functions it wires into a user pool. */
export interface TriggerFunctions {
  /** A function's tags; `undefined` when they cannot be read (another account, no access, gone). */
  tags(functionArn: string): Promise<Record<string, string> | undefined>;
  tag(functionArn: string, tags: Record<string, string>): Promise<void>;
  untag(functionArn: string, keys: string[]): Promise<void>;
  /** Lets the pool `poolArn` (and only it) invoke the function; granted already is fine. */
  allowPool(functionArn: string, statementId: string, poolArn: string): Promise<void>;
  /** Takes that grant away; gone already is fine. */
  disallowPool(functionArn: string, statementId: string): Promise<void>;
}

/** {@link TriggerFunctions} over the Lambda API. */
export function createTriggerFunctions(client: LambdaClient): TriggerFunctions {
  return {
    async tags(functionArn) {
      try {
        const { Tags } = await client.send(new ListTagsCommand({ Resource: functionArn }));
        return Tags ?? {};
      } catch {
        return undefined;
      }
    },
    async tag(functionArn, tags) {
      await client.send(new TagResourceCommand({ Resource: functionArn, Tags: tags }));
    },
    async untag(functionArn, keys) {
      if (keys.length === 0) return;
      await client.send(new UntagResourceCommand({ Resource: functionArn, TagKeys: keys }));
    },
    async allowPool(functionArn, statementId, poolArn) {
      try {
        await client.send(
          new AddPermissionCommand({
            FunctionName: functionArn,
            StatementId: statementId,
            Action: 'lambda:InvokeFunction',
            Principal: 'cognito-idp.amazonaws.com',
            SourceArn: poolArn,
          }),
        );
      } catch (error) {
        if (!(error instanceof ResourceConflictException)) throw error;
      }
    },
    async disallowPool(functionArn, statementId) {
      try {
        await client.send(
          new RemovePermissionCommand({ FunctionName: functionArn, StatementId: statementId }),
        );
      } catch (error) {
        if (!(error instanceof ResourceNotFoundException)) throw error;
      }
    },
  };
}
