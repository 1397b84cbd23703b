import {
  HttpException,
  Inject,
  Injectable,
  Module,
  SetMetadata,
  createParamDecorator,
  type CanActivate,
  type DynamicModule,
  type ExecutionContext,
} from '@nestjs/common';
import { APP_GUARD, Reflector } from '@nestjs/core';
import type { AccessRule, Authenticated } from '../services/users/authenticate.ts';
import { errorAnswer } from './http.ts';
import { createUsersync, type Usersync, type UsersyncOptions } from './usersync.ts';

// `usersync/nestjs`: a guard, a module and decorators over the one engine. No decorator
// syntax is used here (usersync is built without `experimentalDecorators`): each
// decorator is applied as the function it is, which is what TypeScript's output does.

/** The injection token of the app's {@link Usersync}. */
export const USERSYNC = Symbol.for('usersync');

const PUBLIC_KEY = 'usersync:public';
const GROUPS_KEY = 'usersync:groups';
const ROLES_KEY = 'usersync:roles';

/** Marks a route or controller public: the guard lets it pass without a token. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_KEY, true);

/** Requires membership of at least one of these Cognito groups (else 403). */
export const Groups = (...groups: string[]): MethodDecorator & ClassDecorator =>
  SetMetadata(GROUPS_KEY, groups);

/** Requires at least one of these app roles (the `roles` claim, else 403). */
export const Roles = (...roles: string[]): MethodDecorator & ClassDecorator =>
  SetMetadata(ROLES_KEY, roles);

interface GuardedRequest {
  headers: Record<string, string | string[] | undefined>;
  usersync?: Authenticated;
  user?: Authenticated['user'];
}

/** The caller's stored user, as the guard read it (made just in time). */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext) =>
    context.switchToHttp().getRequest<GuardedRequest>().usersync?.user,
);

/** The caller's claims; `@Claims('developerId')` gives one claim. */
export const Claims = createParamDecorator(
  (name: string | undefined, context: ExecutionContext) => {
    const claims = context.switchToHttp().getRequest<GuardedRequest>().usersync?.claims;
    return name === undefined ? claims : claims?.[name];
  },
);

/**
 * The guard: authenticates each request (but `@Public()` routes) with the groups and roles
 * its decorators name, and puts the result on `request.usersync` (and the user on
 * `request.user`). Registered for the whole app by {@link UsersyncModule}.
 */
export class UsersyncGuard implements CanActivate {
  constructor(
    private readonly usersync: Usersync,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) === true) return true;
    const rule: AccessRule = {
      anyGroup: this.reflector.getAllAndOverride<string[]>(GROUPS_KEY, targets) ?? [],
      anyRole: this.reflector.getAllAndOverride<string[]>(ROLES_KEY, targets) ?? [],
    };
    const request = context.switchToHttp().getRequest<GuardedRequest>();
    const header = request.headers['authorization'];
    try {
      const auth = await this.usersync.authenticate(
        Array.isArray(header) ? header[0] : header,
        rule,
      );
      request.usersync = auth;
      request.user = auth.user;
      return true;
    } catch (error) {
      const answer = errorAnswer(error, this.usersync.logger);
      // Nest answers an HttpException with its object as the body and its status.
      throw new HttpException(answer.body, answer.status);
    }
  }
}
Injectable()(UsersyncGuard);
Inject(USERSYNC)(UsersyncGuard, undefined, 0);
Inject(Reflector)(UsersyncGuard, undefined, 1);

/** Options for {@link UsersyncModule.forRoot}: an instance, or what to make one from. */
export type UsersyncModuleOptions = { usersync: Usersync } | UsersyncOptions;

/**
 * The module: provides {@link USERSYNC} and registers {@link UsersyncGuard} for every route
 * of the app (`@Public()` opts a route out).
 */
// eslint-disable-next-line @typescript-eslint/no-extraneous-class -- Nest's modules are classes
export class UsersyncModule {
  static forRoot(options: UsersyncModuleOptions = {}): DynamicModule {
    const usersync = 'usersync' in options ? options.usersync : createUsersync(options);
    return {
      module: UsersyncModule,
      global: true,
      providers: [
        { provide: USERSYNC, useValue: usersync },
        UsersyncGuard,
        { provide: APP_GUARD, useExisting: UsersyncGuard },
      ],
      exports: [USERSYNC, UsersyncGuard],
    };
  }
}
Module({})(UsersyncModule);

export { createTestTokens, type TestTokens } from './testing.ts';
