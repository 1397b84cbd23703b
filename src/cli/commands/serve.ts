import { openApiServer } from '../../api/server.ts';
import { loadConfig } from '../../config/config.ts';
import { emulatorJwksFetcher } from '../../local/jwks-fetcher.ts';
import { createLogger } from '../../logging/logger.ts';
import type { Output } from '../output.ts';
import { stopSignal } from '../signals.ts';

/** How long requests in flight may finish after SIGTERM before they are cut. */
const SHUTDOWN_GRACE_MS = 10_000;

/**
 * `usersync serve`: the API as a long-running server, configured from the environment
 * alone (`DATABASE_URL`, `COGNITO_USER_POOL_ID`, `COGNITO_CLIENT_ID` and, for a client
 * with one, `COGNITO_CLIENT_SECRET`; `HOST`, `PORT`). Prints where it listens; on SIGINT or
 * SIGTERM it stops taking requests, lets those in flight finish (10 s at most) and exits 0.
 * `/healthz` answers while the process lives; `/readyz` once the database answers and the
 * pool's signing keys are loaded.
 */
export async function serveCommand(output: Output, options: { json: boolean }): Promise<number> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel });
  // An emulator on this machine serves its JWKS over http; nothing else may.
  const server = await openApiServer(config, logger, {
    jwksFetcher: emulatorJwksFetcher(config.cognito.endpoint),
  });
  let apiUrl: string;
  try {
    apiUrl = await server.listen();
  } catch (error) {
    await server.close(0);
    throw error;
  }
  output.out(options.json ? JSON.stringify({ apiUrl }) : `usersync API on ${apiUrl}`);
  const signal = await stopSignal();
  logger.info({ signal }, 'stopping the API');
  await server.close(SHUTDOWN_GRACE_MS);
  logger.info('API stopped');
  return 0;
}
