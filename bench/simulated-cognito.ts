// A user pool in memory that throttles as Cognito does: each quota category's calls are
// counted on arrival, and a call that would make more than the quota in the last second
// (a sliding window, the strictest reading of "requests a second") is answered
// TooManyRequestsException. It answers the calls usersync's jobs, change feed and triggers
// make, in the shapes the SDK returns, after a latency like Cognito's. The benchmarks'
// stand-in for Cognito at scale: cognito-local neither pages nor throttles.
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import {
  COGNITO_QUOTAS,
  OPERATION_CATEGORIES,
  QUOTA_CATEGORIES,
  type QuotaCategory,
} from '../src/domain/quotas.ts';

/** A user as the simulated pool keeps one. */
export interface SimulatedUser {
  username: string;
  attributes: Map<string, string>;
}

/** One call that reached the pool. */
export interface SimulatedCall {
  operation: string;
  category: QuotaCategory | undefined;
  at: number;
  throttled: boolean;
}

/** Options of {@link simulatedCognito}. */
export interface SimulatedCognitoOptions {
  /** Requests a second per category. @default Cognito's defaults */
  quotas?: Partial<Record<QuotaCategory, number>>;
  /** Each answer's latency, uniformly between the two, in ms. @default [15, 40] */
  latencyMs?: [number, number];
}

/** The pool, its client (for `createCognitoGateway`), and what it was asked. */
export function simulatedCognito(options: SimulatedCognitoOptions = {}) {
  const quotas = { ...COGNITO_QUOTAS, ...options.quotas };
  const [low, high] = options.latencyMs ?? [15, 40];
  const users = new Map<string, SimulatedUser>();
  const bySub = new Map<string, SimulatedUser>();
  const calls: SimulatedCall[] = [];
  const recent = new Map<QuotaCategory, number[]>(QUOTA_CATEGORIES.map((c) => [c, []]));

  const shape = (user: SimulatedUser) =>
    [...user.attributes].map(([Name, Value]) => ({ Name, Value }));
  const notFound = () =>
    Object.assign(new Error('User does not exist.'), {
      name: 'UserNotFoundException',
      $metadata: { httpStatusCode: 400 },
    });
  const find = (username: string) => users.get(username) ?? bySub.get(username);

  async function send(command: { constructor: { name: string }; input: Record<string, unknown> }) {
    const operation = command.constructor.name.replace(/Command$/, '');
    const category = OPERATION_CATEGORIES[operation];
    const at = Date.now();
    if (category !== undefined) {
      const window = recent.get(category) ?? [];
      while (window.length > 0 && at - (window[0] ?? 0) >= 1_000) window.shift();
      const throttled = window.length >= quotas[category];
      calls.push({ operation, category, at, throttled });
      if (throttled) {
        await sleep(low);
        throw Object.assign(new Error('Rate exceeded'), {
          name: 'TooManyRequestsException',
          $metadata: { httpStatusCode: 400 },
        });
      }
      window.push(at);
    } else {
      calls.push({ operation, category, at, throttled: false });
    }
    await sleep(low + Math.random() * (high - low));
    const input = command.input;
    switch (operation) {
      case 'DescribeUserPool':
        return {
          UserPool: {
            Id: input['UserPoolId'],
            Name: 'simulated',
            EstimatedNumberOfUsers: users.size,
          },
        };
      case 'AdminGetUser': {
        const user = find(String(input['Username']));
        if (user === undefined) throw notFound();
        return {
          Username: user.username,
          UserAttributes: shape(user),
          Enabled: true,
          UserStatus: 'CONFIRMED',
        };
      }
      case 'AdminUpdateUserAttributes': {
        const user = find(String(input['Username']));
        if (user === undefined) throw notFound();
        for (const { Name, Value } of input['UserAttributes'] as {
          Name: string;
          Value: string;
        }[]) {
          user.attributes.set(Name, Value);
        }
        return {};
      }
      case 'ListUsers': {
        const [, operator, value] =
          /^sub (\^=|=) "(.*)"$/.exec((input['Filter'] as string | undefined) ?? '') ?? [];
        const matching = [...users.values()].filter((user) => {
          const sub = user.attributes.get('sub') ?? '';
          if (value === undefined) return true;
          return operator === '=' ? sub === value : sub.startsWith(value);
        });
        const start = Number(input['PaginationToken'] ?? 0);
        const limit = Number(input['Limit'] ?? 60);
        const next = start + limit < matching.length ? String(start + limit) : undefined;
        return {
          Users: matching.slice(start, start + limit).map((user) => ({
            Username: user.username,
            Attributes: shape(user),
            Enabled: true,
            UserStatus: 'CONFIRMED',
          })),
          ...(next !== undefined && { PaginationToken: next }),
        };
      }
      default:
        throw Object.assign(new Error(`${operation} is not simulated`), {
          name: 'InvalidParameterException',
        });
    }
  }

  return {
    client: { send, destroy: () => undefined } as unknown as CognitoIdentityProviderClient,
    calls,
    users,
    /** Adds a user whose username is their `sub` (a pool that signs in with email). */
    addUser(sub: string, attributes: Record<string, string>): SimulatedUser {
      const user = { username: sub, attributes: new Map(Object.entries({ sub, ...attributes })) };
      users.set(sub, user);
      bySub.set(sub, user);
      return user;
    },
    quotas,
  };
}

/** Per category: the calls Cognito accepted in each aligned second, and the sliding peak. */
export function callRates(calls: readonly SimulatedCall[]) {
  const result: Record<
    string,
    { perSecond: Map<number, number>; slidingPeak: number; throttled: number }
  > = {};
  for (const category of QUOTA_CATEGORIES) {
    const times = calls
      .filter((call) => call.category === category && !call.throttled)
      .map((call) => call.at)
      .sort((a, b) => a - b);
    const perSecond = new Map<number, number>();
    for (const at of times)
      perSecond.set(Math.floor(at / 1000), (perSecond.get(Math.floor(at / 1000)) ?? 0) + 1);
    let slidingPeak = 0;
    for (let first = 0, last = 0; last < times.length; last++) {
      while ((times[last] ?? 0) - (times[first] ?? 0) >= 1000) first++;
      slidingPeak = Math.max(slidingPeak, last - first + 1);
    }
    result[category] = {
      perSecond,
      slidingPeak,
      throttled: calls.filter((call) => call.category === category && call.throttled).length,
    };
  }
  return result;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
