import { randomUUID } from 'node:crypto';
import type { UpdateUserPoolCommandInput } from '@aws-sdk/client-cognito-identity-provider';
import type { AppClientAccess, CognitoGateway, CognitoUser } from '../../src/cognito/gateway.ts';
import type { CognitoAttribute } from '../../src/domain/attributes.ts';
import { UsersyncError } from '../../src/domain/errors.ts';

/**
 * An in-memory {@link CognitoGateway} for trigger unit tests, where Cognito is not what is
 * under test: it holds a few users and records the calls it gets. The real gateway is
 * exercised end to end against cognito-local.
 */
export class FakeGateway implements CognitoGateway {
  readonly users: CognitoUser[] = [];
  readonly calls: { method: string; args: unknown[] }[] = [];
  /** The pool's app clients, as {@link appClientAccess} answers. */
  readonly clients: AppClientAccess[] = [];

  addUser(username: string, attributes: Record<string, string>, status = 'CONFIRMED'): void {
    this.users.push({ username, attributes, enabled: true, status, createdAt: new Date() });
  }

  describeUserPool(userPoolId: string) {
    return Promise.resolve({ id: userPoolId, name: 'fake', estimatedUsers: this.users.length });
  }
  describeUserPoolSettings(userPoolId: string) {
    return Promise.resolve({ Id: userPoolId, Name: 'fake' });
  }
  updateUserPool(request: UpdateUserPoolCommandInput) {
    this.calls.push({ method: 'updateUserPool', args: [request] });
    return Promise.resolve();
  }
  appClientAccess() {
    return Promise.resolve(this.clients);
  }
  /** By username, or by `sub` (as Cognito takes a local user's). */
  adminGetUser(_userPoolId: string, username: string) {
    this.calls.push({ method: 'adminGetUser', args: [username] });
    const user = this.users.find(
      (candidate) => candidate.username === username || candidate.attributes['sub'] === username,
    );
    return user
      ? Promise.resolve(user)
      : Promise.reject(new UsersyncError('NOT_FOUND', 'User does not exist.'));
  }
  listUsersPage() {
    return Promise.resolve({ users: this.users, nextToken: undefined });
  }
  findUsersByEmail(_userPoolId: string, email: string) {
    return Promise.resolve(this.users.filter((user) => user.attributes['email'] === email));
  }
  findUserBySub(_userPoolId: string, sub: string) {
    this.calls.push({ method: 'findUserBySub', args: [sub] });
    return Promise.resolve(this.users.find((user) => user.attributes['sub'] === sub));
  }
  adminUpdateUserAttributes(userPoolId: string, username: string, attributes: CognitoAttribute[]) {
    this.calls.push({
      method: 'adminUpdateUserAttributes',
      args: [userPoolId, username, attributes],
    });
    return Promise.resolve();
  }
  adminCreateUser(userPoolId: string, username: string, attributes: CognitoAttribute[]) {
    this.calls.push({ method: 'adminCreateUser', args: [userPoolId, username, attributes] });
    const record: Record<string, string> = { sub: randomUUID() };
    for (const { Name, Value } of attributes) if (Name && Value !== undefined) record[Name] = Value;
    this.addUser(username, record, 'FORCE_CHANGE_PASSWORD');
    return Promise.resolve(this.users.at(-1) as CognitoUser);
  }
  adminDeleteUser(userPoolId: string, username: string) {
    this.calls.push({ method: 'adminDeleteUser', args: [userPoolId, username] });
    const at = this.users.findIndex((user) => user.username === username);
    if (at >= 0) this.users.splice(at, 1);
    return Promise.resolve(at >= 0);
  }
  adminAddUserToGroup(userPoolId: string, username: string, group: string) {
    this.calls.push({ method: 'adminAddUserToGroup', args: [userPoolId, username, group] });
    this.groups.set(username, new Set([...(this.groups.get(username) ?? []), group]));
    return Promise.resolve();
  }
  /** Each user's groups, by username. */
  readonly groups = new Map<string, Set<string>>();
  /** Each user's second factors, by username. */
  readonly mfa = new Map<string, string[]>();
  adminRemoveUserFromGroup(userPoolId: string, username: string, group: string) {
    this.calls.push({ method: 'adminRemoveUserFromGroup', args: [userPoolId, username, group] });
    this.groups.get(username)?.delete(group);
    return Promise.resolve();
  }
  adminListGroupsForUser(_userPoolId: string, username: string) {
    return Promise.resolve([...(this.groups.get(username) ?? [])]);
  }
  adminDisableUser(userPoolId: string, username: string) {
    this.calls.push({ method: 'adminDisableUser', args: [userPoolId, username] });
    this.#user(username).enabled = false;
    return Promise.resolve();
  }
  adminEnableUser(userPoolId: string, username: string) {
    this.calls.push({ method: 'adminEnableUser', args: [userPoolId, username] });
    this.#user(username).enabled = true;
    return Promise.resolve();
  }
  adminUserGlobalSignOut(userPoolId: string, username: string) {
    this.calls.push({ method: 'adminUserGlobalSignOut', args: [userPoolId, username] });
    return Promise.resolve();
  }
  adminTurnOffMfa(userPoolId: string, username: string) {
    this.calls.push({ method: 'adminTurnOffMfa', args: [userPoolId, username] });
    const methods = this.mfa.get(username) ?? [];
    this.mfa.delete(username);
    return Promise.resolve(methods);
  }
  #user(username: string): CognitoUser {
    const user = this.users.find((candidate) => candidate.username === username);
    if (user === undefined) throw new Error('UserNotFoundException');
    return user;
  }
  adminLinkProviderForUser(
    userPoolId: string,
    destination: string,
    provider: string,
    providerUserId: string,
  ) {
    this.calls.push({
      method: 'adminLinkProviderForUser',
      args: [userPoolId, destination, provider, providerUserId],
    });
    return Promise.resolve();
  }
}
