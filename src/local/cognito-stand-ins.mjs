// Stand-ins for the Cognito calls cognito-local lacks, or answers otherwise than Cognito,
// installed in the emulator's own process (cognito-local-child.mjs) as targets of its
// router, so that a client sees Cognito's request and response shapes on the one endpoint.
// docs/local-stack.md names each one and its source in AWS's API reference. Nothing outside
// src/local/ knows of them.
import { createPublicKey } from 'node:crypto';
import { createRequire } from 'node:module';

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

  /** Challenge sessions this emulator gave out, by session. */
  /** @type {Map<string, KnownSession>} */
  const sessions = new Map();

  /** Keeps the session of an answer that asks for a challenge; returns the answer. */
  const remember = (answer, clientId) => {
    const now = Date.now();
    for (const [key, known] of sessions) if (known.expiresAt <= now) sessions.delete(key);
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
   * RespondToAuthChallenge can hold it to Cognito's rules.
   */
  const initiateAuth = Targets.InitiateAuth;
  Targets.InitiateAuth = (services) => {
    const original = initiateAuth(services);
    return async (ctx, req) => remember(await original(ctx, req), req.ClientId);
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
      const answer = await original(ctx, req);
      sessions.delete(req.Session);
      const refreshToken = answer.AuthenticationResult?.RefreshToken;
      if (refreshToken !== undefined) {
        const userPool = await services.cognito.getUserPoolForClientId(ctx, req.ClientId);
        const user = await userPool.getUserByUsername(ctx, known.username);
        if (user) await userPool.storeRefreshToken(ctx, refreshToken, user);
      }
      return remember(answer, req.ClientId);
    };
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
   * GetUserAuthFactors (API_GetUserAuthFactors): the user's MFA settings, and the first
   * factors they can sign in with. A password, always, in this emulator; an email code with
   * an email; an SMS code with a verified phone; a passkey once one is registered.
   */
  Targets.GetUserAuthFactors = (services) => async (ctx, req) => {
    const { user } = await userOfAccessToken(services, ctx, req.AccessToken);
    const attribute = (name) => user.Attributes?.find((a) => a.Name === name)?.Value;
    const factors = ['PASSWORD'];
    if (attribute('email') !== undefined) factors.push('EMAIL_OTP');
    if (attribute('phone_number') !== undefined && attribute('phone_number_verified') === 'true')
      factors.push('SMS_OTP');
    if ((user.WebAuthnCredentials ?? []).length > 0) factors.push('WEB_AUTHN');
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
