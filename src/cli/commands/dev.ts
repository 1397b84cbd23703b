import { loadConfig } from '../../config/config.ts';
import { banner } from '../../local/banner.ts';
import { startLocalStack } from '../../local/stack.ts';
import { createLogger } from '../../logging/logger.ts';
import type { Output } from '../output.ts';

/**
 * `usersync dev`: runs the local stack until SIGINT or SIGTERM, then stops every part and
 * resolves. A second signal while stopping exits at once.
 */
export async function devCommand(output: Output, options: { json: boolean }): Promise<number> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel });
  const stack = await startLocalStack(config, logger);
  output.out(options.json ? JSON.stringify(stack.info) : banner(stack.info, config.dataDir));
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  const force = (): void => process.exit(130);
  process.once('SIGINT', force);
  process.once('SIGTERM', force);
  logger.info({ signal }, 'stopping the local stack');
  await stack.stop();
  logger.info('local stack stopped');
  return 0;
}
