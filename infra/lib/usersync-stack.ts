import { Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { UserSync, type UserSyncProps } from '../../src/cdk/user-sync.ts';

export * from '../../src/cdk/user-sync.ts';

export {
  FIRST_FACTORS,
  checkSignInChoice,
  type DatabaseChoice,
  type FeaturePlan,
  type FirstFactor,
  type PoolChoice,
  type SignInChoice,
  type StoreChoice,
} from '../../src/cdk/user-sync.ts';

/** The standalone app's stack: its choices, as context values give them. */
export type UsersyncStackProps = StackProps & UserSyncProps;

/**
 * The standalone usersync app: a stack holding one {@link UserSync} construct, the same one
 * a team adds to a stack of its own (`usersync/cdk`). Its id is `Default`, which CloudFormation
 * logical ids leave out, so that every resource keeps the id it had before the construct.
 */
export class UsersyncStack extends Stack {
  readonly users: UserSync;

  constructor(scope: Construct, id: string, props: UsersyncStackProps) {
    super(scope, id, props);
    this.users = new UserSync(this, 'Default', props);
  }

  get functions() {
    return this.users.functions;
  }
  get alarmTopic() {
    return this.users.alarmTopic;
  }
  get bus() {
    return this.users.bus;
  }
  get api() {
    return this.users.api;
  }
  get reconcileDrift() {
    return this.users.reconcileDrift;
  }
}
