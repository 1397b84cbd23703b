import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../../src/config/config.ts';
import { freePort } from '../../src/local/ports.ts';
import { startLocalStack, type LocalStack } from '../../src/local/stack.ts';
import { createLogger } from '../../src/logging/logger.ts';

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
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'usersync-test-'));
  const fullEnv: Record<string, string> = {
    USERSYNC_DATA_DIR: dataDir,
    PORT: String(await freePort()),
    COGNITO_LOCAL_PORT: String(await freePort()),
    LOCAL_DB_PORT: String(await freePort()),
    LOCAL_SQS_PORT: String(await freePort()),
    RELAY_POLL_MS: '100',
    LOG_LEVEL: 'silent',
    AUTH_RATE_LIMIT_PER_IP: '100000',
    AUTH_RATE_LIMIT_PER_EMAIL: '100000',
    ...env,
  };
  const config = loadConfig(fullEnv);
  const stack = await startLocalStack(config, createLogger({ level: config.logLevel }));
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
