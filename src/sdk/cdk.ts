// `usersync/cdk`: the UserSync construct, for a CDK app of the team's own. aws-cdk-lib and
// constructs are the app's (optional peers); nothing else of usersync imports this.

export {
  FIRST_FACTORS,
  UserSync,
  checkSignInChoice,
  packagedCode,
  type DatabaseChoice,
  type FeaturePlan,
  type FirstFactor,
  type PoolChoice,
  type SignInChoice,
  type StoreChoice,
  type UserSyncProps,
} from '../cdk/user-sync.ts';
