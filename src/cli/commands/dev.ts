import { loadConfig } from '../../config/config.ts';
import { banner } from '../../local/banner.ts';
import { loadLocal } from '../../local/optional.ts';
import { createLogger } from '../../logging/logger.ts';
import type { Output } from '../output.ts';
import { stopSignal } from '../signals.ts';

/**
 * `usersync dev`: runs the local stack until SIGINT or SIGTERM, then stops every part and
 * resolves, within 10 seconds whatever is in flight. A second signal while stopping exits
 * at once.
 */
export async function devCommand(output: Output, options: { json: boolean }): Promise<number> {
  // The emulators are optional peer dependencies: loaded only here, when the stack starts.
  const { localStackEnvironment, startLocalStack } = await loadLocal(
    () => import('../../local/stack.ts'),
  );
  const config = loadConfig(localStackEnvironment(process.env));
  const logger = createLogger({ level: config.logLevel });
  const stack = await startLocalStack(config, logger);
  output.out(options.json ? JSON.stringify(stack.info) : banner(stack.info, config.dataDir));
  const signal = await stopSignal();
  logger.info({ signal }, 'stopping the local stack');
  let timer: NodeJS.Timeout | undefined;
  const stopped = await Promise.race([
    stack.stop().then(() => true),
    new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), STOP_DEADLINE_MS);
    }),
  ]).finally(() => clearTimeout(timer));
  if (!stopped) {
    // The process exits now: its children go with it (each watches its stdin), a lock whose
    // holder is dead is taken over at the next start, and local.json is read only while its
    // stack's lock is held.
    logger.error({ deadlineMs: STOP_DEADLINE_MS }, 'the local stack did not stop in time; exiting');
    return 1;
  }
  logger.info('local stack stopped');
  return 0;
}

/** However it goes, `usersync dev` is gone this long after SIGINT or SIGTERM. */
const STOP_DEADLINE_MS = 10_000;
