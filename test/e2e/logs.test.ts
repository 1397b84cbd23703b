import { readFileSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { AdminUpdateUserAttributesCommand } from '@aws-sdk/client-cognito-identity-provider';
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { Secret, TOTP } from 'otpauth';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localSqsClient } from '../../src/local/local-sqs.ts';
import {
  removeDataDir,
  runCli,
  startStack,
  stopStack,
  type RunningStack,
} from '../support/local-stack.ts';
import { emulatorClient } from '../support/test-stack.ts';

const PASSWORD = 'Logged-Secret-42!';
const EMAIL = 'Logged.Person@example.com';
const sample = JSON.parse(
  readFileSync(
    path.resolve(import.meta.dirname, '../fixtures/aws/cloudtrail-admin-disable-user.json'),
    'utf8',
  ),
) as { detail: Record<string, unknown> };

/**
 * Every log line of a whole life, at `debug`: sign-up to erasure through the API, the change
 * feed and the CLI. None holds a full email, the password, a token or the code.
 */
describe('the logs of a full run', () => {
  let stack: RunningStack;
  let db: pg.Client;
  const logs: string[] = [];
  beforeAll(async () => {
    stack = await startStack(undefined, 90_000, { LOG_LEVEL: 'debug' });
    db = new pg.Client(stack.info.databaseUrl);
    await db.connect();
  }, 120_000);
  afterAll(async () => {
    await db?.end();
    if (stack !== undefined) {
      await stopStack(stack);
      await removeDataDir(stack.dataDir);
    }
  });

  const api = async (method: string, url: string, body?: unknown, token?: string) => {
    const response = await fetch(`${stack.info.apiUrl}${url}`, {
      method,
      headers: {
        ...(body !== undefined && { 'content-type': 'application/json' }),
        ...(token !== undefined && { authorization: `Bearer ${token}` }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return {
      status: response.status,
      body: (text === '' ? {} : JSON.parse(text)) as Record<string, string>,
    };
  };
  const cli = async (...args: string[]) => {
    const result = await runCli(args, { ...stack.env, LOG_LEVEL: 'debug' });
    logs.push(result.stderr);
    return result;
  };

  it('holds no full email, password, token or code, from sign-up to erasure', async () => {
    const signup = await api('POST', '/auth/signup', {
      email: EMAIL,
      password: PASSWORD,
      name: 'Logged Person',
    });
    expect(signup.status).toBe(201);
    const sub = signup.body['sub'] ?? '';
    expect(
      (await api('POST', '/auth/confirm', { email: EMAIL, code: stack.info.code })).status,
    ).toBe(200);
    expect(
      (await api('POST', '/auth/login', { email: EMAIL, password: 'Wrong-Secret-42!' })).status,
    ).toBe(401);
    const login = await api('POST', '/auth/login', { email: EMAIL, password: PASSWORD });
    expect(login.status).toBe(200);
    const { idToken = '', accessToken = '', refreshToken = '' } = login.body;
    expect((await api('GET', '/me', undefined, accessToken)).status).toBe(200);
    expect((await api('PATCH', '/me', { name: 'Logged Again' }, accessToken)).status).toBe(200);
    expect((await api('POST', '/auth/refresh', { refreshToken })).status).toBe(200);

    // TOTP: enrolled, turned on, then a sign-in through its challenge, a wrong code first.
    const enrolled = await api('POST', '/me/mfa/totp', undefined, accessToken);
    const totpSecret = enrolled.body['secret'] ?? '';
    const totp = new TOTP({ secret: Secret.fromBase32(totpSecret) });
    const codes = [totp.generate(), totp.generate({ timestamp: Date.now() + 300_000 })];
    expect((await api('POST', '/me/mfa/totp/verify', { code: codes[0] }, accessToken)).status).toBe(
      200,
    );
    expect((await api('PUT', '/me/mfa', { totp: true }, accessToken)).status).toBe(200);
    const challenged = await api('POST', '/auth/login', { email: EMAIL, password: PASSWORD });
    const challenge = challenged.body['challenge'] as unknown as { name: string; session: string };
    expect(challenge.name).toBe('SOFTWARE_TOKEN_MFA');
    const answer = (code: string) =>
      api('POST', '/auth/challenge', { session: challenge.session, name: challenge.name, code });
    expect((await answer(codes[1] ?? '')).status).toBe(400);
    expect((await answer(totp.generate())).status).toBe(200);
    expect((await api('POST', '/auth/forgot-password', { email: EMAIL })).status).toBe(202);
    expect(
      (await api('POST', '/auth/signup', { email: EMAIL.toUpperCase(), password: PASSWORD }))
        .status,
    ).toBe(409);

    // The change feed: an administrator renames the user, CloudTrail tells the queue.
    const cognito = emulatorClient(stack.info.cognitoEndpoint);
    await cognito.send(
      new AdminUpdateUserAttributesCommand({
        UserPoolId: stack.info.userPoolId,
        Username: sub,
        UserAttributes: [{ Name: 'name', Value: 'Renamed By Admin' }],
      }),
    );
    cognito.destroy();
    const sqs = localSqsClient(stack.info.sqsEndpoint);
    await sqs.send(
      new SendMessageCommand({
        QueueUrl: stack.info.queues['cognitoChanges']?.queueUrl ?? '',
        MessageBody: JSON.stringify({
          ...sample,
          detail: {
            ...sample.detail,
            eventName: 'AdminUpdateUserAttributes',
            eventID: randomUUID(),
            requestParameters: {
              userPoolId: stack.info.userPoolId,
              username: 'HIDDEN_DUE_TO_SECURITY_REASONS',
            },
            additionalEventData: { sub },
          },
        }),
      }),
    );
    sqs.destroy();
    let name: string | undefined;
    for (let attempt = 0; attempt < 100 && name !== 'Renamed By Admin'; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      name = (
        await db.query<{ name: string }>('select name from usersync.users where cognito_sub = $1', [
          sub,
        ])
      ).rows[0]?.name;
    }
    expect(name).toBe('Renamed By Admin');

    // The CLI: one user's sync, a dry reconcile, and the erasure.
    expect((await cli('--json', 'sync', '--sub', sub)).code).toBe(0);
    expect(
      (await cli('--json', 'sync', '--dry-run', '--mark-deleted', '--segments', '1')).code,
    ).toBe(0);
    expect((await cli('--json', 'user', 'erase', EMAIL)).code).toBe(0);
    // Let the relay and consumers log what the erasure sent them.
    await new Promise((resolve) => setTimeout(resolve, 1_500));

    logs.push(stack.output());
    const lines = logs
      .join('\n')
      .split('\n')
      .filter((line) => line.startsWith('{'));
    expect(lines.length).toBeGreaterThan(20);
    const text = lines.join('\n');
    for (const secret of [
      PASSWORD,
      idToken,
      accessToken,
      refreshToken,
      totpSecret,
      challenge.session,
    ]) {
      expect(secret.length).toBeGreaterThan(8);
      expect(text).not.toContain(secret);
    }
    expect(text.toLowerCase()).not.toContain(EMAIL.toLowerCase());
    // No full email of anyone, and no one-time code, under any key.
    expect(text).not.toMatch(/[\w.+-]{2,}@example\.com/);
    for (const line of lines) {
      for (const code of [stack.info.code, ...codes])
        expect(line).not.toMatch(new RegExp(`"${code}"`));
    }
    // What an operator searches for stays: the stable error codes.
    expect(text).toContain('INVALID_CREDENTIALS');
  }, 120_000);
});
