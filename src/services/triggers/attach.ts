import type { LambdaConfigType, UserPoolType } from '@aws-sdk/client-cognito-identity-provider';
import type { TriggerFunctions } from '../../aws/lambda-functions.ts';
import type { AppClientAccess, CognitoGateway } from '../../cognito/gateway.ts';
import { cachedClaims, type ClaimSet } from '../../domain/claims.ts';
import { UPDATABLE_POOL_SETTINGS, updateRequestFor } from '../../cognito/pool-settings.ts';
import { UsersyncError } from '../../domain/errors.ts';
import { TRIGGER_SLOTS, type PreTokenVersion, type TriggerName } from '../../domain/triggers.ts';

// Wiring usersync's functions into a user pool that is managed elsewhere (the console,
// Terraform, another CDK app), changing nothing but the trigger slots: UpdateUserPool resets
// every setting it is not given, so each write sends the pool's settings back as they were.
// What usersync needs to undo its own changes is kept on its own functions, as tags; the
// pool carries nothing of usersync's but the slots.

/** The tag that marks a function as usersync's (its value: the slot it serves). */
export const USERSYNC_TAG = 'usersync:trigger';
/** The tag on a usersync function that remembers the function it replaced in `slot`. */
const replacedTag = (slot: string) => `usersync:replaced:${slot}`;

/** What attach and detach are built from. */
export interface TriggerWiringDeps {
  cognito: CognitoGateway;
  functions: TriggerFunctions;
  /** The claim set: attach warns of app clients that can write its caches. */
  claims: ClaimSet;
}

/** One slot: what it holds, and whether that is usersync's. */
export interface TriggerSlotStatus {
  trigger: TriggerName;
  slot: string;
  functionArn: string | null;
  usersync: boolean;
  /** PreTokenGeneration's event version, when the slot is set. */
  version?: string;
}

/** A slot an attach or detach changes (or, dry, would). */
export interface TriggerChange {
  trigger: TriggerName;
  slot: string;
  before: string | null;
  after: string | null;
  version?: PreTokenVersion;
}

/** An app client whose users can write an attribute that caches a claim. */
export interface ClaimWriterWarning {
  code: 'CLIENT_WRITES_CLAIMS';
  clientId: string;
  clientName: string;
  /** The claim attributes its users can write; every one when the client sets none. */
  attributes: string[];
  message: string;
}

/**
 * An app client whose users cannot use the pool's sign-in settings through the API: the
 * pool allows first factors beyond the password, and the client lacks `ALLOW_USER_AUTH`.
 */
export interface SignInWarning {
  code: 'CLIENT_LACKS_USER_AUTH';
  clientId: string;
  clientName: string;
  /** The first factors the pool allows that the client's users cannot choose. */
  factors: string[];
  message: string;
}

/**
 * The app clients on which the pool's first factors beyond the password (its
 * SignInPolicy) cannot be used: choice-based sign-in needs `ALLOW_USER_AUTH` on the client.
 */
export function signInWarnings(
  pool: Pick<UserPoolType, 'Policies'>,
  clients: readonly AppClientAccess[],
): SignInWarning[] {
  const factors = (pool.Policies?.SignInPolicy?.AllowedFirstAuthFactors ?? []).filter(
    (factor) => factor !== 'PASSWORD',
  );
  if (factors.length === 0) return [];
  return clients
    .filter((client) => !client.authFlows.includes('ALLOW_USER_AUTH'))
    .map((client) => ({
      code: 'CLIENT_LACKS_USER_AUTH' as const,
      clientId: client.clientId,
      clientName: client.clientName,
      factors,
      message: `App client ${client.clientName || client.clientId} does not allow ALLOW_USER_AUTH, so its users cannot sign in with ${factors.join(', ')}, which the pool allows: add ALLOW_USER_AUTH to its explicit auth flows.`,
    }));
}

/** What attach or detach did, or would do. */
export interface WiringReport {
  poolId: string;
  dryRun: boolean;
  changes: TriggerChange[];
  /** The pool's other settings, written back as they were. */
  settingsKept: string[];
  /** What an operator should mend in the pool (attach only). */
  warnings: (ClaimWriterWarning | SignInWarning)[];
}

/**
 * The app clients whose users can write one of `claimAttributes` (the custom attributes
 * that cache claims). PreTokenGeneration's `cache` fallback would issue what such a user
 * wrote, so on such a pool it must stay `none` (TOKEN_CLAIMS_FALLBACK), and the client
 * should be given WriteAttributes without them.
 */
export function claimWriters(
  clients: readonly AppClientAccess[],
  claimAttributes: readonly string[],
): ClaimWriterWarning[] {
  return clients.flatMap((client) => {
    const attributes =
      client.writeAttributes === null
        ? [...claimAttributes]
        : claimAttributes.filter((name) => client.writeAttributes?.includes(name));
    if (attributes.length === 0) return [];
    const why =
      client.writeAttributes === null
        ? 'sets no WriteAttributes, so its users may write every attribute'
        : `lets its users write ${attributes.join(', ')}`;
    return [
      {
        code: 'CLIENT_WRITES_CLAIMS' as const,
        clientId: client.clientId,
        clientName: client.clientName,
        attributes,
        message: `App client ${client.clientName || client.clientId} ${why}: keep TOKEN_CLAIMS_FALLBACK=none, and give it WriteAttributes without the claim attributes.`,
      },
    ];
  });
}

/** The statement that lets this pool invoke a function. */
const statementId = (poolId: string) => `usersync-cognito-${poolId}`;

function slotArn(config: LambdaConfigType | undefined, trigger: TriggerName): string | null {
  if (trigger === 'pre-token-generation') {
    return config?.PreTokenGenerationConfig?.LambdaArn ?? config?.PreTokenGeneration ?? null;
  }
  return config?.[TRIGGER_SLOTS[trigger]] ?? null;
}

/** Sets (or, with `null`, empties) one slot of a Lambda configuration. */
function withSlot(
  config: LambdaConfigType,
  trigger: TriggerName,
  arn: string | null,
  version: PreTokenVersion,
): LambdaConfigType {
  if (trigger === 'pre-token-generation') {
    const { PreTokenGeneration: _arn, PreTokenGenerationConfig: _config, ...rest } = config;
    return arn === null
      ? rest
      : {
          ...rest,
          PreTokenGeneration: arn,
          PreTokenGenerationConfig: { LambdaVersion: version, LambdaArn: arn },
        };
  }
  const slot = TRIGGER_SLOTS[trigger];
  const { [slot]: _old, ...rest } = config;
  return arn === null ? rest : { ...rest, [slot]: arn };
}

/** The report of an attach or detach: its changes, and the settings sent back unchanged. */
function wiringReport(
  pool: UserPoolType,
  options: { poolId: string; dryRun: boolean },
  changes: TriggerChange[],
  warnings: (ClaimWriterWarning | SignInWarning)[] = [],
): WiringReport {
  const settingsKept = [
    ...(pool.Name !== undefined ? ['PoolName'] : []),
    ...UPDATABLE_POOL_SETTINGS.filter(
      (name) => name !== 'LambdaConfig' && pool[name] !== undefined,
    ),
  ];
  return { poolId: options.poolId, dryRun: options.dryRun, changes, settingsKept, warnings };
}

/** Each of usersync's slots in the pool: the function it holds and whether it is usersync's. */
export async function triggerStatus(
  deps: TriggerWiringDeps,
  poolId: string,
): Promise<TriggerSlotStatus[]> {
  const pool = await deps.cognito.describeUserPoolSettings(poolId);
  return Promise.all(
    (Object.keys(TRIGGER_SLOTS) as TriggerName[]).map(async (trigger) => {
      const functionArn = slotArn(pool.LambdaConfig, trigger);
      const tags = functionArn === null ? undefined : await deps.functions.tags(functionArn);
      const version =
        trigger === 'pre-token-generation' && functionArn !== null
          ? (pool.LambdaConfig?.PreTokenGenerationConfig?.LambdaVersion ?? 'V1_0')
          : undefined;
      return {
        trigger,
        slot: TRIGGER_SLOTS[trigger],
        functionArn,
        usersync: tags?.[USERSYNC_TAG] !== undefined,
        ...(version !== undefined && { version }),
      };
    }),
  );
}

/** Options of {@link attachTriggers}. */
export interface AttachOptions {
  poolId: string;
  /** The functions to wire, by trigger. */
  functions: Partial<Record<TriggerName, string>>;
  /** PreTokenGeneration's event version. @default V2_0 on the Essentials and Plus plans, else V1_0 */
  preTokenVersion?: PreTokenVersion | undefined;
  /** Replace a function that is not usersync's (it is remembered, and detach puts it back). */
  force: boolean;
  dryRun: boolean;
}

/**
 * Wires usersync's functions into the pool's trigger slots. It reads the pool, refuses
 * (`CONFLICT`) to replace a function that is not usersync's unless `force`, lets the pool
 * invoke each function (Lambda AddPermission, scoped to the pool's ARN), tags each as
 * usersync's (with the function it replaced, if any), and writes the new Lambda
 * configuration with every other setting sent back as it was. A dry run reads and reports
 * only.
 */
export async function attachTriggers(
  deps: TriggerWiringDeps,
  options: AttachOptions,
): Promise<WiringReport> {
  const pool = await deps.cognito.describeUserPoolSettings(options.poolId);
  const tier = pool.UserPoolTier;
  const version =
    options.preTokenVersion ?? (tier === 'ESSENTIALS' || tier === 'PLUS' ? 'V2_0' : 'V1_0');
  if (version === 'V2_0' && tier === 'LITE') {
    throw new UsersyncError(
      'VALIDATION_FAILED',
      'PreTokenGeneration V2_0 needs the Essentials or Plus plan; this pool is on Lite (use V1_0).',
    );
  }
  let config: LambdaConfigType = { ...pool.LambdaConfig };
  const changes: TriggerChange[] = [];
  const replaced: { trigger: TriggerName; arn: string; previous: string }[] = [];
  const refused: string[] = [];
  for (const [trigger, arn] of Object.entries(options.functions) as [TriggerName, string][]) {
    const before = slotArn(pool.LambdaConfig, trigger);
    const beforeVersion = pool.LambdaConfig?.PreTokenGenerationConfig?.LambdaVersion ?? 'V1_0';
    const sameVersion = trigger !== 'pre-token-generation' || beforeVersion === version;
    if (before === arn && sameVersion) continue;
    if (before !== null && before !== arn) {
      const tags = await deps.functions.tags(before);
      if (tags?.[USERSYNC_TAG] === undefined) {
        if (!options.force) refused.push(`${TRIGGER_SLOTS[trigger]} holds ${before}`);
        else {
          const previous =
            trigger === 'pre-token-generation' ? `${beforeVersion} ${before}` : before;
          replaced.push({ trigger, arn, previous });
        }
      }
    }
    config = withSlot(config, trigger, arn, version);
    changes.push({
      trigger,
      slot: TRIGGER_SLOTS[trigger],
      before,
      after: arn,
      ...(trigger === 'pre-token-generation' && { version }),
    });
  }
  if (refused.length > 0) {
    throw new UsersyncError(
      'CONFLICT',
      `Not usersync's: ${refused.join('; ')}. Give --force to replace (detach puts it back).`,
    );
  }
  const clients = await deps.cognito.appClientAccess(options.poolId);
  const warnings = [
    ...claimWriters(
      clients,
      cachedClaims(deps.claims).map((claim) => claim.cache),
    ),
    ...signInWarnings(pool, clients),
  ];
  const report = wiringReport(pool, options, changes, warnings);
  if (options.dryRun || changes.length === 0) return report;
  for (const change of changes) {
    const arn = change.after ?? '';
    const previous = replaced.find((entry) => entry.trigger === change.trigger)?.previous;
    await deps.functions.tag(arn, {
      [USERSYNC_TAG]: change.slot,
      ...(previous !== undefined && { [replacedTag(change.slot)]: previous }),
    });
    await deps.functions.allowPool(arn, statementId(options.poolId), pool.Arn ?? '');
  }
  await deps.cognito.updateUserPool(updateRequestFor(pool, config));
  return report;
}

/**
 * Takes usersync's functions out of the pool's trigger slots: a slot that holds a usersync
 * function gets back the function that function replaced (remembered at attach), or is
 * emptied; slots holding anything else are left alone. Every other setting is sent back
 * as it was; then the pool's permission to invoke each function is taken away.
 */
export async function detachTriggers(
  deps: TriggerWiringDeps,
  options: { poolId: string; dryRun: boolean },
): Promise<WiringReport> {
  const pool = await deps.cognito.describeUserPoolSettings(options.poolId);
  let config: LambdaConfigType = { ...pool.LambdaConfig };
  const changes: TriggerChange[] = [];
  const detached: { arn: string; slot: string }[] = [];
  for (const trigger of Object.keys(TRIGGER_SLOTS) as TriggerName[]) {
    const arn = slotArn(pool.LambdaConfig, trigger);
    if (arn === null) continue;
    const tags = await deps.functions.tags(arn);
    if (tags?.[USERSYNC_TAG] === undefined) continue;
    const slot = TRIGGER_SLOTS[trigger];
    const remembered = tags[replacedTag(slot)];
    const [previousVersion, previousArn] =
      remembered === undefined
        ? [undefined, null]
        : remembered.includes(' ')
          ? (remembered.split(' ') as [PreTokenVersion, string])
          : [undefined, remembered];
    config = withSlot(config, trigger, previousArn, previousVersion ?? 'V1_0');
    changes.push({
      trigger,
      slot,
      before: arn,
      after: previousArn,
      ...(previousVersion !== undefined && { version: previousVersion }),
    });
    detached.push({ arn, slot });
  }
  const report = wiringReport(pool, options, changes);
  if (options.dryRun || changes.length === 0) return report;
  await deps.cognito.updateUserPool(updateRequestFor(pool, config));
  for (const { arn, slot } of detached) {
    await deps.functions.disallowPool(arn, statementId(options.poolId));
    await deps.functions.untag(arn, [replacedTag(slot)]);
  }
  return report;
}
