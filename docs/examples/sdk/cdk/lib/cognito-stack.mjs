import { Stack, aws_cognito as cognito } from 'aws-cdk-lib';
import { UserSync } from 'usersync/cdk';

export class CognitoStack extends Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    const userPool = new cognito.UserPool(this, 'Pool', { signInAliases: { email: true } });
    const client = userPool.addClient('Web', { authFlows: { userPassword: true } });
    new UserSync(this, 'Users', {
      pool: { kind: 'construct', userPool, client },
      database: { kind: 'new' },
      configFile: 'usersync.config.json',
      preTokenVersion: 'V1_0',
      reconcileApplies: false,
    });
  }
}
