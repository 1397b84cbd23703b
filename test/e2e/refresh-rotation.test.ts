import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DescribeUserPoolClientCommand,
  UpdateUserPoolClientCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { call, emulatorClient, startTestStack, type TestStack } from '../support/test-stack.ts';

const PASSWORD = 'Corr3ct-Horse!';
const GRACE_SECONDS = 2;

interface Tokens {
  idToken: string;
  accessToken: string;
  refreshToken: string;
}

describe('refresh with a client that rotates refresh tokens (GetTokensFromRefreshToken)', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ REFRESH_TOKEN_ROTATION: 'on' });
    // The team's client, as a CDK app would set it: rotation, with a short grace period.
    const cognito = emulatorClient(stack.info.cognitoEndpoint);
    try {
      await cognito.send(
        new UpdateUserPoolClientCommand({
          UserPoolId: stack.info.userPoolId,
          ClientId: stack.info.clientId,
          RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: GRACE_SECONDS },
        }),
      );
    } finally {
      cognito.destroy();
    }
  });
  afterAll(async () => {
    await stack?.close();
  });

  it('provisions the local client with rotation, and says so as DescribeUserPoolClient does', async () => {
    const cognito = emulatorClient(stack.info.cognitoEndpoint);
    try {
      const { UserPoolClient } = await cognito.send(
        new DescribeUserPoolClientCommand({
          UserPoolId: stack.info.userPoolId,
          ClientId: stack.info.clientId,
        }),
      );
      expect(UserPoolClient?.RefreshTokenRotation).toEqual({
        Feature: 'ENABLED',
        RetryGracePeriodSeconds: GRACE_SECONDS,
      });
      expect(UserPoolClient?.ExplicitAuthFlows).toEqual(
        expect.arrayContaining(['ALLOW_USER_AUTH', 'ALLOW_USER_PASSWORD_AUTH']),
      );
    } finally {
      cognito.destroy();
    }
  });

  it('answers a new refresh token; the old one works for the grace period, then never', async () => {
    const email = 'rotate@example.com';
    await call(stack, 'POST', '/auth/signup', { body: { email, password: PASSWORD } });
    await call(stack, 'POST', '/auth/confirm', { body: { email, code: stack.info.code } });
    const login = (
      await call(stack, 'POST', '/auth/login', { body: { email, password: PASSWORD } })
    ).body as Tokens;

    const first = await call(stack, 'POST', '/auth/refresh', {
      body: { refreshToken: login.refreshToken },
    });
    expect(first.status).toBe(200);
    const rotated = first.body as Tokens;
    expect(rotated.refreshToken).toEqual(expect.any(String));
    expect(rotated.refreshToken).not.toBe(login.refreshToken);
    expect((await call(stack, 'GET', '/me', { token: rotated.accessToken })).status).toBe(200);

    // A client's retry inside the grace period still works.
    const retry = await call(stack, 'POST', '/auth/refresh', {
      body: { refreshToken: login.refreshToken },
    });
    expect(retry.status).toBe(200);

    await new Promise((resolve) => setTimeout(resolve, (GRACE_SECONDS + 1) * 1000));
    const late = await call(stack, 'POST', '/auth/refresh', {
      body: { refreshToken: login.refreshToken },
    });
    expect(late).toMatchObject({ status: 401, body: { error: { code: 'TOKEN_INVALID' } } });

    const next = await call(stack, 'POST', '/auth/refresh', {
      body: { refreshToken: rotated.refreshToken },
    });
    expect(next.status).toBe(200);
    const latest = next.body as Tokens;

    // Logging out revokes the token given, and the one the ownership check rotated to.
    const logout = await call(stack, 'POST', '/auth/logout', {
      token: latest.accessToken,
      body: { refreshToken: latest.refreshToken },
    });
    expect(logout.status).toBe(204);
    const after = await call(stack, 'POST', '/auth/refresh', {
      body: { refreshToken: latest.refreshToken },
    });
    expect(after).toMatchObject({ status: 401, body: { error: { code: 'TOKEN_INVALID' } } });
  }, 30_000);
});
