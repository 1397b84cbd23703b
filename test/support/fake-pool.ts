import { randomUUID } from 'node:crypto';
import {
  AdminCreateUserCommand,
  AdminGetUserCommand,
  type AdminGetUserCommandInput,
  AdminUpdateUserAttributesCommand,
  CognitoIdentityProviderClient,
  DescribeUserPoolCommand,
  ListUsersCommand,
  type AdminCreateUserCommandInput,
  type AdminUpdateUserAttributesCommandInput,
  type ListUsersCommandInput,
  type UserType,
} from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import { createCognitoGateway } from '../../src/cognito/gateway.ts';

/** Options of {@link fakePool}. */
export interface FakePoolOptions {
  /** Answer the first N ListUsers calls with TooManyRequestsException. */
  throttleFirst?: number;
  /** Extra attributes of user `i`. */
  attributes?: (i: number) => { Name: string; Value: string }[];
  /** The `sub` of user `i`. @default a random UUID */
  sub?: (i: number) => string;
}

/**
 * A user pool over aws-sdk-client-mock that pages (PaginationToken, Limit) and filters by
 * `sub` prefix as Cognito does. cognito-local answers ListUsers with one page and ignores
 * Limit and PaginationToken, so paging, segments, throttling and resume are tested on this.
 * It also answers AdminGetUser (by username or `sub`), DescribeUserPool (the exact count),
 * AdminUpdateUserAttributes, and
 * AdminCreateUser (a user with a new `sub`, its username the email given).
 * Once `state.failListingAfter` calls have been made, every ListUsers call fails (an error
 * that is not retried) until it is set back to `Infinity`.
 */
export function fakePool(size: number, options: FakePoolOptions = {}) {
  const users: UserType[] = Array.from({ length: size }, (_, i) => ({
    Username: `user-${i}`,
    Attributes: [
      { Name: 'sub', Value: options.sub?.(i) ?? randomUUID() },
      { Name: 'email', Value: `user${i}@example.com` },
      ...(options.attributes?.(i) ?? []),
    ],
  }));
  const client = new CognitoIdentityProviderClient({ region: 'us-east-1' });
  const mock = mockClient(client);
  const calls: ListUsersCommandInput[] = [];
  const updates: AdminUpdateUserAttributesCommandInput[] = [];
  const state = { failListingAfter: Infinity };
  let throttle = options.throttleFirst ?? 0;
  mock.on(ListUsersCommand).callsFake((input: ListUsersCommandInput) => {
    if (calls.length >= state.failListingAfter) {
      throw Object.assign(new Error('Access denied'), { name: 'AccessDeniedException' });
    }
    calls.push(input);
    if (throttle-- > 0) {
      throw Object.assign(new Error('Rate exceeded'), { name: 'TooManyRequestsException' });
    }
    // `sub ^= "x"` (a segment) or `sub = "…"` (one user), as Cognito filters.
    const [, operator, value] = /^sub (\^=|=) "(.*)"$/.exec(input.Filter ?? '') ?? [];
    const matching = users.filter((user) => {
      const sub = user.Attributes?.[0]?.Value ?? '';
      if (value === undefined) return true;
      return operator === '=' ? sub === value : sub.startsWith(value);
    });
    const start = Number(input.PaginationToken ?? 0);
    const limit = input.Limit ?? 60;
    const next = start + limit < matching.length ? String(start + limit) : undefined;
    return {
      Users: structuredClone(matching.slice(start, start + limit)),
      ...(next !== undefined && { PaginationToken: next }),
    };
  });
  // By username, or by the `sub` of a user whose username is not it (the API reference).
  const reads: AdminGetUserCommandInput[] = [];
  mock.on(AdminGetUserCommand).callsFake((input: AdminGetUserCommandInput) => {
    reads.push(input);
    const user = users.find(
      (candidate) =>
        candidate.Username === input.Username ||
        candidate.Attributes?.[0]?.Value === input.Username,
    );
    if (user === undefined) {
      throw Object.assign(new Error('User does not exist.'), { name: 'UserNotFoundException' });
    }
    return {
      Username: user.Username,
      UserAttributes: structuredClone(user.Attributes),
      Enabled: user.Enabled,
      UserStatus: user.UserStatus,
    };
  });
  mock.on(DescribeUserPoolCommand).callsFake(() => ({
    UserPool: { Id: 'us-east-1_Pool', Name: 'fake', EstimatedNumberOfUsers: users.length },
  }));
  mock
    .on(AdminUpdateUserAttributesCommand)
    .callsFake((input: AdminUpdateUserAttributesCommandInput) => {
      updates.push(input);
      const user = users.find((candidate) => candidate.Username === input.Username);
      if (user === undefined) {
        throw Object.assign(new Error('User does not exist.'), { name: 'UserNotFoundException' });
      }
      for (const { Name, Value } of input.UserAttributes ?? []) {
        const attributes = (user.Attributes ??= []);
        const existing = attributes.find((attribute) => attribute.Name === Name);
        if (existing) existing.Value = Value;
        else attributes.push({ Name, Value });
      }
      return {};
    });
  mock.on(AdminCreateUserCommand).callsFake((input: AdminCreateUserCommandInput) => {
    if (users.some((user) => user.Username === input.Username)) {
      throw Object.assign(new Error('An account with the given email already exists.'), {
        name: 'UsernameExistsException',
      });
    }
    const user: UserType = {
      Username: input.Username,
      Enabled: true,
      UserStatus: 'FORCE_CHANGE_PASSWORD',
      Attributes: [{ Name: 'sub', Value: randomUUID() }, ...(input.UserAttributes ?? [])],
    };
    users.push(user);
    return { User: structuredClone(user) };
  });
  const subs = users.map((user) => user.Attributes?.[0]?.Value ?? '');
  const emails = users.map((user) => user.Attributes?.[1]?.Value ?? '');
  return {
    gateway: createCognitoGateway(client),
    mock,
    calls,
    /** The AdminGetUser calls. */
    reads,
    updates,
    state,
    subs,
    emails,
    users,
  };
}
