import { UsersyncError } from '../domain/errors.ts';
import type { CognitoGateway } from './gateway.ts';

/**
 * A {@link CognitoGateway} that builds the real one (and loads the Cognito SDK) at its first
 * call: a Lambda function whose invocations rarely call Cognito (PreTokenGeneration calls it
 * only for a stale cache) does not load the SDK at its cold start. A load that fails is
 * tried again by the next call.
 */
export function lazyGateway(load: () => Promise<CognitoGateway>): CognitoGateway {
  let loading: Promise<CognitoGateway> | undefined;
  const gateway = () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
  return new Proxy({} as CognitoGateway, {
    get:
      (_target, method: string) =>
      async (...args: unknown[]) => {
        // The gateway's methods are closures over its client: none reads `this`.
        const real = (await gateway()) as unknown as Record<string, unknown>;
        const call = real[method];
        if (typeof call !== 'function')
          throw new UsersyncError('INTERNAL', `No gateway method ${method}.`);
        return (call as (...values: unknown[]) => unknown)(...args);
      },
  });
}
