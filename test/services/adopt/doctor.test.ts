import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { UserPoolType } from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import type { AppClientAccess, CognitoGateway } from '../../../src/cognito/gateway.ts';
import { DEFAULT_CLAIM_SET } from '../../../src/domain/claims.ts';
import { poolChecks } from '../../../src/services/adopt/doctor.ts';

// doctor's pool checks on the pool AWS publishes as DescribeUserPool's example output
// (test/fixtures/aws/README.md says where it comes from): another team's PreSignUp, the
// Essentials plan, one of the default caches declared. No emulator reports a pool like it
// (cognito-local has no plan, and wires its triggers outside the pool), so the gateway
// here answers with the published shape, nulls and all.

const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/aws/describe-user-pool.json');

function gatewayOf(
  pool: UserPoolType,
  authFlows: string[],
  rotatesRefreshTokens = false,
): CognitoGateway {
  const client: AppClientAccess = {
    clientId: 'app-client',
    clientName: 'web',
    writeAttributes: null,
    authFlows,
    rotatesRefreshTokens,
  };
  return {
    describeUserPoolSettings: () => Promise.resolve(pool),
    appClientAccess: () => Promise.resolve([client]),
  } as unknown as CognitoGateway;
}

describe("doctor's pool checks on AWS's published pool", () => {
  const { UserPool } = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { UserPool: UserPoolType };
  const config = {
    claims: DEFAULT_CLAIM_SET,
    cognito: {
      userPoolId: UserPool.Id,
      clientId: 'app-client',
      clientSecret: undefined,
      refreshTokenRotation: false,
      endpoint: undefined,
      region: 'us-west-2',
    },
  };

  it('names each miss with its fix: the caches the pool lacks, a flow, the triggers, V1 for access claims', async () => {
    const checks = await poolChecks(gatewayOf(UserPool, ['ALLOW_USER_PASSWORD_AUTH']), config);
    const byName = Object.fromEntries(checks.map((check) => [check.check, check]));
    expect(byName['user pool']).toMatchObject({
      ok: true,
      detail: 'us-west-2_aaaaaaaaa (MyUserPool)',
    });
    expect(byName['cache custom:developer_id']).toMatchObject({ ok: true });
    expect(byName['cache custom:user_type']).toMatchObject({
      ok: false,
      fix: expect.stringContaining('Add the custom attribute custom:user_type'),
    });
    expect(byName['app client auth flows']).toMatchObject({
      ok: false,
      detail: 'app-client lacks ALLOW_REFRESH_TOKEN_AUTH',
    });
    // Another team's PreSignUp holds its slot; usersync's four others are empty.
    expect(byName['triggers']).toMatchObject({ ok: false });
    expect(byName['triggers']?.detail).toContain(
      'pre-sign-up: arn:aws:lambda:us-west-2:123456789012:function:their-pre-sign-up',
    );
    expect(byName['triggers']?.detail).toContain('pre-token-generation: none');
    // Essentials, but PreTokenGeneration unset is V1: the claims meant for access tokens miss.
    expect(byName['feature plan']).toMatchObject({ ok: false });
    expect(byName['feature plan']?.detail).toContain('plan ESSENTIALS, PreTokenGeneration V1_0');
  });

  it('holds when the pool has every cache, both flows, usersync on every slot and V2 events', async () => {
    const fn = (name: string) => `arn:aws:lambda:us-west-2:123456789012:function:usersync-${name}`;
    const pool: UserPoolType = {
      ...UserPool,
      SchemaAttributes: [
        ...(UserPool.SchemaAttributes ?? []),
        { Name: 'custom:user_type', AttributeDataType: 'String', Mutable: true },
        { Name: 'custom:company_name', AttributeDataType: 'String', Mutable: true },
      ],
      LambdaConfig: {
        PreSignUp: fn('pre-sign-up'),
        PostConfirmation: fn('post-confirmation'),
        PostAuthentication: fn('post-authentication'),
        UserMigration: fn('user-migration'),
        PreTokenGenerationConfig: { LambdaVersion: 'V2_0', LambdaArn: fn('pre-token-generation') },
      },
    };
    // AWS's pool allows EMAIL_OTP: the client must allow choice-based sign-in.
    const lacking = await poolChecks(
      gatewayOf(pool, ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']),
      config,
    );
    expect(lacking.filter((check) => !check.ok)).toEqual([
      expect.objectContaining({
        check: 'sign-in factors',
        detail: expect.stringMatching(/cannot sign in with EMAIL_OTP/),
        fix: expect.stringMatching(/ALLOW_USER_AUTH/),
      }),
    ]);
    const checks = await poolChecks(
      gatewayOf(pool, ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_AUTH']),
      config,
    );
    expect(checks.filter((check) => !check.ok)).toEqual([]);
  });

  it('says when the app client rotates refresh tokens and the API is not set for it', async () => {
    const flows = ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'];
    const rotating = await poolChecks(gatewayOf(UserPool, flows, true), config);
    expect(rotating.find((check) => check.check === 'refresh token rotation')).toMatchObject({
      ok: false,
      detail: 'app-client rotates refresh tokens; REFRESH_TOKEN_ROTATION is off',
      fix: expect.stringMatching(/REFRESH_TOKEN_ROTATION=on/),
    });
    const set = await poolChecks(gatewayOf(UserPool, flows, true), {
      ...config,
      cognito: { ...config.cognito, refreshTokenRotation: true },
    });
    expect(set.find((check) => check.check === 'refresh token rotation')?.ok).toBe(true);
  });
});
