// Stand-ins for the Cognito calls cognito-local lacks, or answers otherwise than Cognito,
// installed in the emulator's own process (cognito-local-child.mjs) as targets of its
// router, so that a client sees Cognito's request and response shapes on the one endpoint.
// docs/local-stack.md names each one and its source in AWS's API reference. Nothing outside
// src/local/ knows of them.
import { createHash, createPublicKey, randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { installPasskeys } from './passkey-stand-ins.mjs';

/**
 * @typedef {{ name: string, username: string, clientId: string, expiresAt: number }} KnownSession
 * @typedef {(ctx: any, req: any) => Promise<any>} Handler
 * @typedef {(services: any) => Handler} TargetFactory
 */

/**
 * Installs the stand-ins into cognito-local's router.
 * @param {string} script cognito-local's start script, which its modules are resolved from
 * @param {{ sessionSeconds: number }} options
 */
export function installStandIns(script, options) {
  const load = createRequire(script);
  /** @type {{ Targets: Record<string, TargetFactory> }} */
  const { Targets } = load('../targets/targets.js');
  const errors = load('../errors.js');
  const jwt = load('jsonwebtoken');
  const publicKey = createPublicKey({
    key: load('../keys/cognitoLocal.public.json').jwk,
    format: 'jwk',
  });

  /**
   * Keeping a sign-in's refresh token: the emulator saves the user record it read before the
   * sign-in's triggers ran, with the token added, and so undoes what a trigger wrote
   * meanwhile (PreTokenGeneration's AdminUpdateUserAttributes of the claim cache). Cognito
   * keeps what the trigger wrote: the token is added to the record as it is now.
   */
  const { UserPoolServiceImpl } = load('../services/userPoolService.js');
  UserPoolServiceImpl.prototype.storeRefreshToken = async function (ctx, refreshToken, user) {
    const now = (await this.getUserByUsername(ctx, user.Username)) ?? user;
    const kept = Array.isArray(now.RefreshTokens) ? now.RefreshTokens : [];
    await this.saveUser(ctx, { ...now, RefreshTokens: [...kept, refreshToken] });
  };

  /** What the WEB_AUTHN sign-in step needs of the passkey stand-ins (installed below). */
  let passkeys;

  /** Challenge sessions this emulator gave out, by session. */
  /** @type {Map<string, KnownSession>} */
  const sessions = new Map();

  /** Keeps the session of an answer that asks for a challenge; returns the answer. */
  const remember = (answer, clientId) => {
    const now = Date.now();
    for (const [key, known] of sessions) {
      if (known.expiresAt > now) continue;
      sessions.delete(key);
      pendingBySession.delete(key);
    }
    if (answer?.Session !== undefined && answer.ChallengeName !== undefined) {
      sessions.set(answer.Session, {
        name: answer.ChallengeName,
        username:
          answer.ChallengeParameters?.USER_ID_FOR_SRP ?? answer.ChallengeParameters?.USERNAME ?? '',
        clientId,
        expiresAt: now + options.sessionSeconds * 1000,
      });
    }
    return answer;
  };

  /**
   * InitiateAuth: as the emulator, with each challenge's session remembered, so that
   * RespondToAuthChallenge can hold it to Cognito's rules; and `USER_AUTH`, which the
   * emulator lacks (below).
   */
  const initiateAuth = Targets.InitiateAuth;
  Targets.InitiateAuth = (services) => {
    const original = initiateAuth(services);
    return async (ctx, req) => {
      if (req.AuthFlow === 'USER_AUTH')
        return remember(await userAuth(services, original, ctx, req), req.ClientId);
      return remember(await original(ctx, req), req.ClientId);
    };
  };

  /** The first factors a user can sign in with: a password, an email code, a verified phone's code, a passkey. */
  const factorsOf = (user) => {
    const attribute = (name) => user.Attributes?.find((a) => a.Name === name)?.Value;
    const factors = ['PASSWORD'];
    if (attribute('email') !== undefined) factors.push('EMAIL_OTP');
    if (attribute('phone_number') !== undefined && attribute('phone_number_verified') === 'true')
      factors.push('SMS_OTP');
    if ((user.WebAuthnCredentials ?? []).length > 0) factors.push('WEB_AUTHN');
    return factors;
  };

  /** A pool's sign-in policy (Policies.SignInPolicy.AllowedFirstAuthFactors); Cognito's default is the password alone. */
  const allowedFirstFactors = (userPool) =>
    userPool.options.Policies?.SignInPolicy?.AllowedFirstAuthFactors ?? ['PASSWORD'];

  /** `j***@e***`: how Cognito names where a code went. */
  const maskDestination = (value) =>
    value.includes('@')
      ? `${value[0]}***@${value.split('@')[1]?.[0] ?? ''}***`
      : `+*******${value.slice(-4)}`;

  /** The tokens of a finished sign-in: PostAuthentication, then PreTokenGeneration, the refresh token kept. */
  const signedIn = async (services, ctx, userPool, appClient, user) => {
    if (services.triggers.enabled('PostAuthentication')) {
      await services.triggers.postAuthentication(ctx, {
        clientId: appClient.ClientId,
        clientMetadata: undefined,
        source: 'PostAuthentication_Authentication',
        userAttributes: user.Attributes,
        username: user.Username,
        userPoolId: userPool.options.Id,
      });
    }
    const fresh = (await userPool.getUserByUsername(ctx, user.Username)) ?? user;
    const groups = await userPool.listUserGroupMembership(ctx, fresh);
    const tokens = await services.tokenGenerator.generate(
      ctx,
      fresh,
      groups,
      appClient,
      undefined,
      'Authentication',
    );
    await userPool.storeRefreshToken(ctx, tokens.RefreshToken, fresh);
    return { ChallengeParameters: {}, AuthenticationResult: tokens };
  };

  /**
   * The username shown for an account that cannot sign in: shaped as the emulator's own
   * (a UUID), and the same for the same name typed, so that neither the challenge nor the
   * session it rides in tells that the account does not exist.
   */
  const decoyUsername = (typed) => {
    const hex = createHash('sha256').update(`usersync-decoy:${typed}`).digest('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  };

  /**
   * Starts one first factor of choice-based sign-in. A one-time code is the stack's fixed
   * code, sent as the emulator sends its others (to its console). `user` is null for an
   * account that cannot sign in: the challenge looks the same, and no code ever matches,
   * so that the answer never tells whether the account exists. `shown` is the username the
   * challenge names; `typed`, what the client signed in with.
   */
  const startFactor = async (services, ctx, userPool, appClient, user, shown, typed, factor) => {
    const session = `local-session-${randomUUID()}`;
    const pending = { factor, userId: user?.Username ?? null, code: null };
    const parameters = { USERNAME: shown };
    if (factor === 'EMAIL_OTP' || factor === 'SMS_OTP') {
      const attributeName = factor === 'EMAIL_OTP' ? 'email' : 'phone_number';
      const destination =
        user?.Attributes?.find((a) => a.Name === attributeName)?.Value ??
        (factor === 'EMAIL_OTP'
          ? typed.includes('@')
            ? typed
            : 'nobody@example.com'
          : '+10000000000');
      if (user !== null) {
        pending.code = services.otp();
        await services.messages.deliver(
          ctx,
          'Authentication',
          appClient.ClientId,
          userPool.options.Id,
          user,
          pending.code,
          undefined,
          {
            DeliveryMedium: factor === 'EMAIL_OTP' ? 'EMAIL' : 'SMS',
            AttributeName: attributeName,
            Destination: destination,
          },
        );
      }
      parameters.CODE_DELIVERY_DELIVERY_MEDIUM = factor === 'EMAIL_OTP' ? 'EMAIL' : 'SMS';
      parameters.CODE_DELIVERY_DESTINATION = maskDestination(destination);
    }
    if (factor === 'WEB_AUTHN') {
      parameters.CREDENTIAL_REQUEST_OPTIONS = JSON.stringify(
        await passkeys.requestOptions(userPool, user, pending),
      );
    }
    pendingBySession.set(session, pending);
    return { ChallengeName: factor, Session: session, ChallengeParameters: parameters };
  };

  /** What a pending choice-based sign-in is waiting for, by session. */
  const pendingBySession = new Map();

  /** The password as a first factor: the emulator's own password sign-in, with its MFA. */
  const passwordSignIn = (original, ctx, req, username, password) =>
    original(ctx, {
      ClientId: req.ClientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: username, PASSWORD: password },
      ClientMetadata: req.ClientMetadata,
    });

  /**
   * InitiateAuth `USER_AUTH` (choice-based sign-in, API_InitiateAuth): refused with
   * InvalidParameterException on a client without `ALLOW_USER_AUTH`. `PREFERRED_CHALLENGE`
   * starts that factor when the pool allows it and the user has it (with `PASSWORD` given,
   * the password signs in at once); otherwise `SELECT_CHALLENGE`, with `AvailableChallenges`.
   */
  const userAuth = async (services, original, ctx, req) => {
    const appClient = await services.cognito.getAppClient(ctx, req.ClientId);
    if (!appClient) throw new errors.ResourceNotFoundError('User pool client does not exist.');
    if (!(appClient.ExplicitAuthFlows ?? []).includes('ALLOW_USER_AUTH')) {
      throw new errors.InvalidParameterError('USER_AUTH flow not enabled for this client');
    }
    const username = req.AuthParameters?.USERNAME;
    if (!username) throw new errors.InvalidParameterError('Missing required parameter USERNAME');
    const userPool = await services.cognito.getUserPoolForClientId(ctx, req.ClientId);
    const found = await userPool.getUserByUsername(ctx, username);
    const user =
      found && found.Enabled !== false && found.UserStatus === 'CONFIRMED' ? found : null;
    const allowed = allowedFirstFactors(userPool);
    // An account that cannot sign in is offered what most can: a password, and a code by
    // email (every user of an email-username pool has one), so that the offer does not tell.
    const available = allowed.filter((factor) =>
      (user === null ? ['PASSWORD', 'EMAIL_OTP'] : factorsOf(user)).includes(factor),
    );
    const preferred = req.AuthParameters?.PREFERRED_CHALLENGE;
    const password = req.AuthParameters?.PASSWORD;
    if (preferred === 'PASSWORD' && password !== undefined && available.includes('PASSWORD')) {
      return passwordSignIn(original, ctx, req, username, password);
    }
    const shown = user?.Username ?? decoyUsername(username);
    if (preferred !== undefined && available.includes(preferred)) {
      return startFactor(services, ctx, userPool, appClient, user, shown, username, preferred);
    }
    const session = `local-session-${randomUUID()}`;
    pendingBySession.set(session, {
      factor: 'SELECT_CHALLENGE',
      userId: user?.Username ?? null,
      typed: username,
      available,
    });
    return {
      ChallengeName: 'SELECT_CHALLENGE',
      Session: session,
      ChallengeParameters: { USERNAME: shown },
      AvailableChallenges: available,
    };
  };

  /** Answers a challenge of choice-based sign-in; `pending` is what its session waits for. */
  const answerFactor = async (services, original, ctx, req, pending) => {
    const responses = req.ChallengeResponses ?? {};
    const userPool = await services.cognito.getUserPoolForClientId(ctx, req.ClientId);
    const appClient = await services.cognito.getAppClient(ctx, req.ClientId);
    const user =
      pending.userId === null ? null : await userPool.getUserByUsername(ctx, pending.userId);
    const step = req.ChallengeName === 'SELECT_CHALLENGE' ? responses.ANSWER : req.ChallengeName;
    /** The challenge of a factor picked, for the user this session names. */
    const start = (factor) =>
      startFactor(
        services,
        ctx,
        userPool,
        appClient,
        user,
        responses.USERNAME,
        pending.typed ?? '',
        factor,
      );
    if (req.ChallengeName === 'SELECT_CHALLENGE' && !pending.available.includes(step)) {
      throw new errors.InvalidParameterError(
        `ANSWER must be one of ${pending.available.join(', ')}`,
      );
    }
    if (step === 'PASSWORD') {
      if (responses.PASSWORD === undefined) {
        return start('PASSWORD');
      }
      if (user === null) throw new errors.NotAuthorizedError('Incorrect username or password.');
      return passwordSignIn(original, ctx, req, user.Username, responses.PASSWORD);
    }
    if (req.ChallengeName === 'SELECT_CHALLENGE' && step !== 'WEB_AUTHN') {
      return start(step);
    }
    if (step === 'WEB_AUTHN') {
      if (responses.CREDENTIAL === undefined) {
        return start('WEB_AUTHN');
      }
      if (user === null) throw new errors.NotAuthorizedError('Incorrect username or password.');
      await passkeys.verifyAssertion(userPool, ctx, user, pending, responses.CREDENTIAL);
      return signedIn(services, ctx, userPool, appClient, user);
    }
    const code = step === 'EMAIL_OTP' ? responses.EMAIL_OTP_CODE : responses.SMS_OTP_CODE;
    if (user === null || pending.code === null || code !== pending.code)
      throw new errors.CodeMismatchError();
    return signedIn(services, ctx, userPool, appClient, user);
  };

  /**
   * RespondToAuthChallenge: the emulator takes any session, or none. Cognito's session is
   * for one challenge of one user on one client, for the app client's AuthSessionValidity
   * (3 minutes by default), and is spent once answered: anything else is
   * NotAuthorizedException "Invalid session for the user, session is expired.". A wrong code
   * leaves it open until it expires. The emulator also forgets the refresh token of a
   * sign-in that passed a challenge; it is kept here, as Cognito keeps it.
   */
  const respond = Targets.RespondToAuthChallenge;
  Targets.RespondToAuthChallenge = (services) => {
    const original = respond(services);
    return async (ctx, req) => {
      const known = typeof req.Session === 'string' ? sessions.get(req.Session) : undefined;
      if (
        known === undefined ||
        known.expiresAt <= Date.now() ||
        known.name !== req.ChallengeName ||
        known.clientId !== req.ClientId ||
        known.username !== req.ChallengeResponses?.USERNAME
      ) {
        if (known !== undefined && known.expiresAt <= Date.now()) sessions.delete(req.Session);
        throw new errors.NotAuthorizedError('Invalid session for the user, session is expired.');
      }
      const pending = pendingBySession.get(req.Session);
      const answer =
        pending === undefined
          ? await original(ctx, req)
          : await answerFactor(services, initiateAuth(services), ctx, req, pending);
      sessions.delete(req.Session);
      pendingBySession.delete(req.Session);
      const refreshToken = answer.AuthenticationResult?.RefreshToken;
      if (refreshToken !== undefined) {
        const userPool = await services.cognito.getUserPoolForClientId(ctx, req.ClientId);
        const user = await userPool.getUserByUsername(ctx, known.username);
        if (user) await userPool.storeRefreshToken(ctx, refreshToken, user);
      }
      return remember(answer, req.ClientId);
    };
  };

  /**
   * An app client's RefreshTokenRotation (API_RefreshTokenRotationType), which the
   * emulator's CreateUserPoolClient, UpdateUserPoolClient and DescribeUserPoolClient drop:
   * kept on its stored client, and given back.
   */
  const keepRotation = (name, clientIdOf) => {
    const factory = Targets[name];
    Targets[name] = (services) => {
      const original = factory(services);
      return async (ctx, req) => {
        const answer = await original(ctx, req);
        const clientId = clientIdOf(req, answer);
        const appClient = await services.cognito.getAppClient(ctx, clientId);
        if (!appClient) return answer;
        let rotation = appClient.RefreshTokenRotation;
        if (req.RefreshTokenRotation !== undefined) {
          rotation = {
            Feature: req.RefreshTokenRotation.Feature,
            RetryGracePeriodSeconds: req.RefreshTokenRotation.RetryGracePeriodSeconds ?? 0,
          };
          const userPool = await services.cognito.getUserPool(ctx, appClient.UserPoolId);
          await userPool.saveAppClient(ctx, { ...appClient, RefreshTokenRotation: rotation });
        }
        if (answer.UserPoolClient === undefined || rotation === undefined) return answer;
        return {
          ...answer,
          UserPoolClient: { ...answer.UserPoolClient, RefreshTokenRotation: rotation },
        };
      };
    };
  };
  keepRotation('CreateUserPoolClient', (_req, answer) => answer.UserPoolClient?.ClientId);
  keepRotation('UpdateUserPoolClient', (req) => req.ClientId);
  keepRotation('DescribeUserPoolClient', (req) => req.ClientId);

  /**
   * GetTokensFromRefreshToken (API_GetTokensFromRefreshToken), which the emulator lacks.
   * New id and access tokens for a refresh token the user holds; on a client with
   * rotation, a new refresh token too, and the one given stays good for the client's
   * RetryGracePeriodSeconds (0 to 60), then never again.
   */
  Targets.GetTokensFromRefreshToken = (services) => async (ctx, req) => {
    if (!req.RefreshToken)
      throw new errors.InvalidParameterError('Missing required parameter RefreshToken');
    const appClient = await services.cognito.getAppClient(ctx, req.ClientId);
    if (!appClient) throw new errors.ResourceNotFoundError('User pool client does not exist.');
    if (appClient.ClientSecret !== undefined && req.ClientSecret !== appClient.ClientSecret) {
      throw new errors.NotAuthorizedError(
        `Client ${req.ClientId} is configured with secret but SECRET_HASH was not received`,
      );
    }
    const userPool = await services.cognito.getUserPoolForClientId(ctx, req.ClientId);
    let user = await userPool.getUserByRefreshToken(ctx, req.RefreshToken);
    if (!user) throw new errors.NotAuthorizedError('Invalid Refresh Token');
    const retiring = user.RetiringRefreshTokens ?? {};
    const deadline = retiring[req.RefreshToken];
    if (deadline !== undefined && deadline <= Date.now()) {
      const { [req.RefreshToken]: _spent, ...others } = retiring;
      await userPool.saveUser(ctx, {
        ...user,
        RefreshTokens: (user.RefreshTokens ?? []).filter((token) => token !== req.RefreshToken),
        RetiringRefreshTokens: others,
      });
      throw new errors.NotAuthorizedError('Invalid Refresh Token');
    }
    const groups = await userPool.listUserGroupMembership(ctx, user);
    const tokens = await services.tokenGenerator.generate(
      ctx,
      user,
      groups,
      appClient,
      req.ClientMetadata,
      'RefreshTokens',
    );
    const rotation = appClient.RefreshTokenRotation;
    const { exp, iat } = jwt.decode(tokens.AccessToken);
    const result = {
      AccessToken: tokens.AccessToken,
      IdToken: tokens.IdToken,
      ExpiresIn: exp - iat,
      TokenType: 'Bearer',
    };
    if (rotation?.Feature !== 'ENABLED') return { AuthenticationResult: result };
    user = (await userPool.getUserByUsername(ctx, user.Username)) ?? user;
    const grace = rotation.RetryGracePeriodSeconds ?? 0;
    const kept = (user.RefreshTokens ?? []).filter(
      (token) => grace > 0 || token !== req.RefreshToken,
    );
    await userPool.saveUser(ctx, {
      ...user,
      RefreshTokens: [...kept, tokens.RefreshToken],
      RetiringRefreshTokens:
        grace > 0 && deadline === undefined
          ? { ...retiring, [req.RefreshToken]: Date.now() + grace * 1000 }
          : retiring,
    });
    return { AuthenticationResult: { ...result, RefreshToken: tokens.RefreshToken } };
  };

  /** The user of a signed access token, as Cognito's own-account calls find it. */
  const userOfAccessToken = async (services, ctx, accessToken) => {
    let claims;
    try {
      claims = jwt.verify(accessToken, publicKey, { algorithms: ['RS256'] });
    } catch {
      throw new errors.NotAuthorizedError('Invalid Access Token');
    }
    if (claims.token_use !== 'access') throw new errors.NotAuthorizedError('Invalid Access Token');
    const userPool = await services.cognito.getUserPoolForClientId(ctx, claims.client_id);
    const user = await userPool.getUserByUsername(ctx, claims.sub);
    if (!user) throw new errors.NotAuthorizedError('Invalid Access Token');
    return { user, userPool, clientId: claims.client_id };
  };

  /**
   * GlobalSignOut (API_GlobalSignOut), which the emulator lacks: every refresh token of the
   * user is revoked, so that no session of theirs is renewed.
   */
  Targets.GlobalSignOut = (services) => async (ctx, req) => {
    const { user, userPool } = await userOfAccessToken(services, ctx, req.AccessToken);
    await userPool.saveUser(ctx, { ...user, RefreshTokens: [], RetiringRefreshTokens: {} });
    return {};
  };

  /** The user an operator's call names (`UserPoolId`, `Username`), as Cognito's admin calls find it. */
  const userOfAdminCall = async (services, ctx, req) => {
    const userPool = await services.cognito.getUserPool(ctx, req.UserPoolId);
    const user = await userPool.getUserByUsername(ctx, req.Username);
    if (!user) throw new errors.UserNotFoundError('User does not exist.');
    return { user, userPool };
  };

  /**
   * AdminUserGlobalSignOut (API_AdminUserGlobalSignOut), which the emulator lacks: as
   * GlobalSignOut, for the user an operator names.
   */
  Targets.AdminUserGlobalSignOut = (services) => async (ctx, req) => {
    const { user, userPool } = await userOfAdminCall(services, ctx, req);
    await userPool.saveUser(ctx, { ...user, RefreshTokens: [], RetiringRefreshTokens: {} });
    return {};
  };

  /**
   * AdminSetUserMFAPreference (API_AdminSetUserMFAPreference), which the emulator lacks: each
   * method given is turned on or off, and the preferred one is one turned on. A software
   * token is turned on only once verified, as SetUserMFAPreference checks.
   */
  Targets.AdminSetUserMFAPreference = (services) => async (ctx, req) => {
    const { user, userPool } = await userOfAdminCall(services, ctx, req);
    const methods = new Set(user.UserMFASettingList ?? []);
    const settings = [
      ['SMS_MFA', req.SMSMfaSettings],
      ['SOFTWARE_TOKEN_MFA', req.SoftwareTokenMfaSettings],
      ['EMAIL_OTP', req.EmailMfaSettings],
    ];
    for (const [method, setting] of settings) {
      if (setting === undefined || setting === null) continue;
      if (setting.Enabled && method === 'SOFTWARE_TOKEN_MFA') {
        if (!user.SoftwareTokenMfaConfiguration?.Verified) {
          throw new errors.InvalidParameterError('User has not verified software token MFA');
        }
      }
      if (setting.Enabled) methods.add(method);
      else methods.delete(method);
    }
    const preferred = settings.find(([, setting]) => setting?.PreferredMfa)?.[0];
    if (preferred !== undefined && !methods.has(preferred)) {
      throw new errors.InvalidParameterError(`${preferred} is not enabled for this user`);
    }
    const kept = user.PreferredMfaSetting !== undefined && methods.has(user.PreferredMfaSetting);
    await userPool.saveUser(ctx, {
      ...user,
      UserMFASettingList: [...methods],
      PreferredMfaSetting: preferred ?? (kept ? user.PreferredMfaSetting : undefined),
    });
    return {};
  };

  /** Passkeys: registration, listing, deletion, and the WEB_AUTHN sign-in step (passkey-stand-ins.mjs). */
  passkeys = installPasskeys({ Targets, errors, userOfAccessToken });

  /**
   * GetUserAuthFactors (API_GetUserAuthFactors): the user's MFA settings, and the first
   * factors they can sign in with. A password, always, in this emulator; an email code with
   * an email; an SMS code with a verified phone; a passkey once one is registered.
   */
  Targets.GetUserAuthFactors = (services) => async (ctx, req) => {
    const { user } = await userOfAccessToken(services, ctx, req.AccessToken);
    const factors = factorsOf(user);
    return {
      Username: user.Username,
      ...(user.PreferredMfaSetting !== undefined && {
        PreferredMfaSetting: user.PreferredMfaSetting,
      }),
      UserMFASettingList: user.UserMFASettingList ?? [],
      ConfiguredUserAuthFactors: factors,
    };
  };
}
