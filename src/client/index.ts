import createClient, { type Client } from 'openapi-fetch';
import type { paths } from './api-types.ts';

// `usersync/client`: a typed client of usersync's HTTP API, for browsers and Node. Its types
// are made from the API's OpenAPI document (src/client/api-types.ts, by openapi-typescript),
// and its requests by openapi-fetch; a test fails when the document and the types drift.

export type { paths } from './api-types.ts';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
/** The JSON body a route takes. */
export type RequestBody<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  requestBody?: infer R;
}
  ? Json<NonNullable<R>>
  : never;
/** The JSON a route answers with this status. */
export type ResponseBody<
  P extends keyof paths,
  M extends keyof paths[P],
  S extends number = 200,
> = paths[P][M] extends { responses: infer R } ? (S extends keyof R ? Json<R[S]> : never) : never;

/** What `signIn` and `answerChallenge` give: tokens, or the next challenge to answer. */
export type SignInAnswer = ResponseBody<'/auth/login', 'post'>;

/** An error answer of the API: its stable `code`, message and HTTP status. */
export class UsersyncApiError extends Error {
  override readonly name = 'UsersyncApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Options for {@link createUsersyncClient}. */
export interface UsersyncClientOptions {
  /** Where the API is, e.g. `https://api.example.com`. */
  baseUrl: string;
  /**
   * The caller's access or id token, asked before each request (`undefined`: none sent).
   * @default none
   */
  token?: () => string | undefined | Promise<string | undefined>;
  /** @default the global `fetch` */
  fetch?: typeof fetch;
}

/** The typed client: a method per common call, and `api` for every route. */
export interface UsersyncClient {
  /** Every route of the API, typed (openapi-fetch): `api.GET('/me/mfa')`. */
  api: Client<paths>;
  signUp(
    body: RequestBody<'/auth/signup', 'post'>,
  ): Promise<ResponseBody<'/auth/signup', 'post', 201>>;
  confirmSignUp(
    body: RequestBody<'/auth/confirm', 'post'>,
  ): Promise<ResponseBody<'/auth/confirm', 'post'>>;
  /** Tokens, or `{challenge}` to answer with {@link UsersyncClient.answerChallenge}. */
  signIn(body: RequestBody<'/auth/login', 'post'>): Promise<SignInAnswer>;
  answerChallenge(body: RequestBody<'/auth/challenge', 'post'>): Promise<SignInAnswer>;
  refresh(
    body: RequestBody<'/auth/refresh', 'post'>,
  ): Promise<ResponseBody<'/auth/refresh', 'post'>>;
  signOut(body: RequestBody<'/auth/logout', 'post'>): Promise<void>;
  me(): Promise<ResponseBody<'/me', 'get'>>;
  /** The user; with an email change, `{user, pendingEmail}` (202) until it is verified. */
  updateMe(
    body: RequestBody<'/me', 'patch'>,
  ): Promise<ResponseBody<'/me', 'patch', 200> | ResponseBody<'/me', 'patch', 202>>;
  claims(): Promise<ResponseBody<'/me/claims', 'get'>>;
}

/** Makes a client of the API at `baseUrl`; an error answer throws {@link UsersyncApiError}. */
export function createUsersyncClient(options: UsersyncClientOptions): UsersyncClient {
  const api = createClient<paths>({
    baseUrl: options.baseUrl,
    ...(options.fetch !== undefined && { fetch: options.fetch }),
  });
  const { token } = options;
  if (token !== undefined) {
    api.use({
      async onRequest({ request }) {
        const value = await token();
        if (value !== undefined) request.headers.set('authorization', `Bearer ${value}`);
        return request;
      },
    });
  }
  return {
    api,
    signUp: async (body) => unwrap(await api.POST('/auth/signup', { body })),
    confirmSignUp: async (body) => unwrap(await api.POST('/auth/confirm', { body })),
    signIn: async (body) => unwrap(await api.POST('/auth/login', { body })),
    answerChallenge: async (body) => unwrap(await api.POST('/auth/challenge', { body })),
    refresh: async (body) => unwrap(await api.POST('/auth/refresh', { body })),
    signOut: async (body) => {
      unwrap(await api.POST('/auth/logout', { body }));
    },
    me: async () => unwrap(await api.GET('/me')),
    updateMe: async (body) => unwrap(await api.PATCH('/me', { body })),
    claims: async () => unwrap(await api.GET('/me/claims')),
  };
}

/** The answer's data, or its error as {@link UsersyncApiError}. */
function unwrap<T>(answer: { data?: T; error?: unknown; response: Response }): T {
  if (answer.error === undefined) return answer.data as T;
  const body = answer.error as { error?: { code?: unknown; message?: unknown } };
  throw new UsersyncApiError(
    answer.response.status,
    typeof body.error?.code === 'string' ? body.error.code : 'INTERNAL',
    typeof body.error?.message === 'string' ? body.error.message : answer.response.statusText,
  );
}
