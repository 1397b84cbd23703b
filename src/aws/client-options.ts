/**
 * The timeouts every AWS SDK client of usersync is built with: no call waits on a peer
 * without end. The SDK's own defaults set none (a request that is never answered waits
 * until the socket dies). A connection gets 3 s; a request's answer 10 s, within every
 * Lambda's timeout and under a trigger's 5 s for what a trigger calls only where its own
 * budget is shorter still. Retries (`maxAttempts`) are each client's own.
 */
export const CLIENT_TIMEOUTS = {
  requestHandler: { connectionTimeout: 3_000, requestTimeout: 10_000 },
} as const;
