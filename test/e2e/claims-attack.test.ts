import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AdminGetUserCommand,
  ConfirmSignUpCommand,
  SignUpCommand,
  UpdateUserAttributesCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { decodeJwt } from 'jose';
import { call, emulatorClient, startTestStack, type TestStack } from '../support/test-stack.ts';

const PASSWORD = 'Corr3ct-Horse-Battery!';
const WRITTEN = {
  'custom:developer_id': 'dev_victim',
  'custom:user_type': 'admin',
  'custom:company_name': 'EvilCorp',
};

/**
 * The attack of issue 19, as an attacker runs it: Cognito's public SignUp called directly
 * with the public app client id and the claim attributes, then UpdateUserAttributes on one.
 * Neither reaches the store or a token as the user's claim.
 */
describe('claims a user writes into Cognito attributes', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack?.close();
  });

  it('never reach the row, a token or /me/claims, and the cache is put back', async () => {
    const cognito = emulatorClient(stack.info.cognitoEndpoint);
    const email = 'mallory@example.com';
    const signUp = await cognito.send(
      new SignUpCommand({
        ClientId: stack.info.clientId,
        Username: email,
        Password: PASSWORD,
        UserAttributes: [
          { Name: 'email', Value: email },
          ...Object.entries(WRITTEN).map(([Name, Value]) => ({ Name, Value })),
        ],
      }),
    );
    await cognito.send(
      new ConfirmSignUpCommand({
        ClientId: stack.info.clientId,
        Username: email,
        ConfirmationCode: stack.info.code,
      }),
    );
    const login = await call(stack, 'POST', '/auth/login', {
      body: { email, password: PASSWORD },
    });
    expect(login.status).toBe(200);
    const tokens = login.body as { idToken: string; accessToken: string; refreshToken: string };
    const claims = await call(stack, 'GET', '/me/claims', { token: tokens.idToken });
    expect(claims.body).toMatchObject({ sub: signUp.UserSub, source: 'token' });
    expect((claims.body as { claims: unknown }).claims).toEqual({});
    const idToken = decodeJwt(tokens.idToken);
    expect(idToken['usersync:claims']).toBe('db');
    for (const name of Object.keys(WRITTEN)) expect(idToken).not.toHaveProperty(name);

    // The user writes a claim attribute with their own access token, then refreshes.
    await cognito.send(
      new UpdateUserAttributesCommand({
        AccessToken: tokens.accessToken,
        UserAttributes: [{ Name: 'custom:user_type', Value: 'admin' }],
      }),
    );
    const refreshed = await call(stack, 'POST', '/auth/refresh', {
      body: { refreshToken: tokens.refreshToken },
    });
    expect(refreshed.status).toBe(200);
    const fresh = decodeJwt((refreshed.body as { idToken: string }).idToken);
    expect(fresh).not.toHaveProperty('custom:user_type');
    expect(fresh['usersync:claims']).toBe('db');
    const me = await call(stack, 'GET', '/me', {
      token: (refreshed.body as { idToken: string }).idToken,
    });
    expect((me.body as { claims: unknown }).claims).toEqual({});
    // The refresh put the store's (empty) claims back into Cognito's cache.
    const cached = await cognito.send(
      new AdminGetUserCommand({ UserPoolId: stack.info.userPoolId, Username: email }),
    );
    const userType = cached.UserAttributes?.find((a) => a.Name === 'custom:user_type')?.Value;
    expect(userType ?? '').toBe('');
    cognito.destroy();
  });
});
