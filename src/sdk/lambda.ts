import type {
  APIGatewayProxyEvent,
  APIGatewayProxyEventV2,
  APIGatewayProxyResult,
  APIGatewayProxyStructuredResultV2,
  Context,
} from 'aws-lambda';
import type { Claims } from '../domain/claims.ts';
import type { AccessRule } from '../services/users/authenticate.ts';
import { errorAnswer } from './http.ts';
import type { Usersync } from './usersync.ts';

// `usersync/lambda`: a wrapper for API Gateway handlers, REST (payload 1.0) and HTTP API
// (payload 2.0). The claims come from the verified token alone when usersync's
// PreTokenGeneration shaped it from the store; only another token costs a store read.

/** The caller a wrapped handler receives. */
export interface LambdaCaller {
  sub: string;
  groups: string[];
  claims: Claims;
  /** `token`: read from the verified token, no store read; `store`: read from the store. */
  source: 'token' | 'store';
}

/** An API Gateway event of either payload version. */
export type ApiGatewayEvent = APIGatewayProxyEvent | APIGatewayProxyEventV2;

/** What a wrapped handler answers: either payload version's result. */
export type ApiGatewayResult = APIGatewayProxyResult | APIGatewayProxyStructuredResultV2;

/** Options for {@link withUsersync}. */
export interface LambdaAuthOptions extends AccessRule {
  usersync: Usersync;
}

/**
 * Wraps an API Gateway handler: the bearer token is verified (with the group and role
 * rule) before it runs, and the handler gets the caller as its third argument; a refusal is
 * answered 401 or 403 with usersync's `{error: {code, message}}`, and the handler does not
 * run. Make `usersync` at module scope: its store and keys are kept across invocations.
 */
export function withUsersync<E extends ApiGatewayEvent, R extends ApiGatewayResult>(
  options: LambdaAuthOptions,
  handler: (event: E, context: Context, caller: LambdaCaller) => Promise<R>,
): (event: E, context: Context) => Promise<R | APIGatewayProxyResult> {
  const { usersync, ...rule } = options;
  return async (event, context) => {
    let caller: LambdaCaller;
    try {
      caller = await usersync.claimsOf(authorizationOf(event), rule);
    } catch (error) {
      const answer = errorAnswer(error, usersync.logger);
      return {
        statusCode: answer.status,
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify(answer.body),
      };
    }
    return handler(event, context, caller);
  };
}

/**
 * The `Authorization` header of either payload version, whatever its case: HTTP APIs give
 * headers lower-cased, REST APIs as sent, and either may give `headers: null`.
 */
export function authorizationOf(event: ApiGatewayEvent): string | undefined {
  const headers = (event.headers ?? {}) as Record<string, string | undefined>;
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() === 'authorization' && typeof value === 'string') return value;
  }
  return undefined;
}
