/**
 * Resolves with the first SIGINT or SIGTERM. From then on a second one exits the process
 * at once (code 130): whoever presses Ctrl-C twice means it.
 */
export async function stopSignal(): Promise<NodeJS.Signals> {
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  const force = (): void => process.exit(130);
  process.once('SIGINT', force);
  process.once('SIGTERM', force);
  return signal;
}
