import { mkdtemp, rm } from 'node:fs/promises';
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../../src/config/config.ts';
import { startLocalStack, type LocalStack } from '../../src/local/stack.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { localStackEnv } from '../../support/local-stack-env.ts';

/** A local stack in this process, on a temporary data directory and free ports. */
export interface TestStack extends LocalStack {
  config: Config;
  env: Record<string, string>;
  /** Stops the stack and removes its data directory. */
  close(): Promise<void>;
}

/**
 * Starts the local stack in this test's process (the same code `usersync dev` runs), with
 * generous rate limits unless `env` says otherwise.
 */
export async function startTestStack(env: Record<string, string> = {}): Promise<TestStack> {
  // A free port is free when asked, not when bound: another test file running side by side
  // may take it in between. A start that lost that race is tried again on new ports.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnFreePorts(env);
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause;
      if (cause?.code !== 'EADDRINUSE' || attempt === 3) throw error;
    }
  }
}

async function startOnFreePorts(env: Record<string, string>): Promise<TestStack> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'usersync-test-'));
  const fullEnv = await localStackEnv(dataDir, {
    RELAY_POLL_MS: '100',
    AUTH_RATE_LIMIT_PER_IP: '100000',
    AUTH_RATE_LIMIT_PER_EMAIL: '100000',
    AUTH_FAILURES_PER_EMAIL: '100000',
    ...env,
  });
  const config = loadConfig(fullEnv);
  const stack = await startLocalStack(config, createLogger({ level: config.logLevel })).catch(
    async (error: unknown) => {
      await rm(dataDir, { recursive: true, force: true });
      throw error;
    },
  );
  return {
    ...stack,
    config,
    env: fullEnv,
    close: async () => {
      await stack.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A JSON request to the stack's API over HTTP. */
export async function call(
  stack: { info: { apiUrl: string } },
  method: string,
  url: string,
  options: { body?: unknown; token?: string } = {},
): Promise<{ status: number; body: unknown; text: string }> {
  const response = await fetch(`${stack.info.apiUrl}${url}`, {
    method,
    headers: {
      ...(options.body !== undefined && { 'content-type': 'application/json' }),
      ...(options.token !== undefined && { authorization: `Bearer ${options.token}` }),
    },
    ...(options.body !== undefined && { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  return { status: response.status, text, body: text === '' ? undefined : JSON.parse(text) };
}

/** A Cognito client of the emulator at `endpoint` (cognito-local takes any credentials). */
export function emulatorClient(endpoint: string): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
}

/**
 * Creates a user in the pool as an administrator would (no invitation, no trigger but
 * PreSignUp), with `attributes` besides the email; returns its `sub`.
 */
export async function adminCreateUser(
  client: CognitoIdentityProviderClient,
  userPoolId: string,
  email: string,
  attributes: Record<string, string> = {},
): Promise<string> {
  const created = await client.send(
    new AdminCreateUserCommand({
      UserPoolId: userPoolId,
      Username: email,
      MessageAction: 'SUPPRESS',
      UserAttributes: [
        { Name: 'email', Value: email },
        ...Object.entries(attributes).map(([Name, Value]) => ({ Name, Value })),
      ],
    }),
  );
  return created.User?.Attributes?.find((attribute) => attribute.Name === 'sub')?.Value ?? '';
}

/** Puts a user of the stack's pool in a group (the `admin` group unless told). */
export async function addToGroup(
  stack: { info: { cognitoEndpoint: string; userPoolId: string } },
  username: string,
  group = 'admin',
): Promise<void> {
  const cognito = emulatorClient(stack.info.cognitoEndpoint);
  try {
    await cognito.send(
      new AdminAddUserToGroupCommand({
        UserPoolId: stack.info.userPoolId,
        Username: username,
        GroupName: group,
      }),
    );
  } finally {
    cognito.destroy();
  }
}
