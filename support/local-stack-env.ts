import { freePort } from '../src/local/ports.ts';

/**
 * The environment of a local stack started in this process on `dataDir`: its API,
 * cognito-local, embedded database and SQS emulator each on a free port of 127.0.0.1, logs
 * silent, no local admin; `extra` adds or overrides.
 */
export async function localStackEnv(
  dataDir: string,
  extra: Record<string, string> = {},
): Promise<Record<string, string>> {
  return {
    USERSYNC_DATA_DIR: dataDir,
    PORT: String(await freePort()),
    COGNITO_LOCAL_PORT: String(await freePort()),
    LOCAL_DB_PORT: String(await freePort()),
    LOCAL_SQS_PORT: String(await freePort()),
    LOG_LEVEL: 'silent',
    // No local admin: a test's pool holds the users the test makes, and no other.
    LOCAL_ADMIN_EMAIL: 'none',
    ...extra,
  };
}
