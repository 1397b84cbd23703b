import { createHmac } from 'node:crypto';
import {
  AssociateSoftwareTokenCommand,
  ChangePasswordCommand,
  CompleteWebAuthnRegistrationCommand,
  DeleteWebAuthnCredentialCommand,
  ListWebAuthnCredentialsCommand,
  StartWebAuthnRegistrationCommand,
  ConfirmForgotPasswordCommand,
  ConfirmSignUpCommand,
  ForgotPasswordCommand,
  GetTokensFromRefreshTokenCommand,
  GetUserAuthFactorsCommand,
  GetUserCommand,
  GlobalSignOutCommand,
  InitiateAuthCommand,
  ResendConfirmationCodeCommand,
  RespondToAuthChallengeCommand,
  RevokeTokenCommand,
  SetUserMFAPreferenceCommand,
  SignUpCommand,
  UpdateUserAttributesCommand,
  VerifySoftwareTokenCommand,
  VerifyUserAttributeCommand,
  type AuthenticationResultType,
  type CompleteWebAuthnRegistrationCommandInput,
  type CognitoIdentityProviderClient,
  type InitiateAuthCommandOutput,
} from '@aws-sdk/client-cognito-identity-provider';
import { isUsersyncError, UsersyncError } from '../domain/errors.ts';
import type { CognitoAttribute } from '../domain/attributes.ts';
import {
  challengeOf,
  challengeResponses,
  type Challenge,
  type ChallengeAnswer,
  type FirstFactor,
} from './challenges.ts';
import { mapCognitoError } from './errors.ts';

/** The tokens of a successful sign-in or refresh. */
export interface TokenSet {
  idToken: string;
  accessToken: string;
  /** Absent on refresh: Cognito keeps the refresh token it was given. */
  refreshToken?: string;
  /** Seconds until the id and access tokens expire. */
  expiresIn: number;
}

/** A sign-in's answer: tokens, or the next step Cognito asks for. */
export type SignInResult = { tokens: TokenSet } | { challenge: Challenge };

/** A challenge being answered: what the client sent back of it. */
export type PendingChallenge = Pick<Challenge, 'name' | 'session' | 'username'>;

/** The second factors a user has (`GET /me/mfa`). */
export interface MfaSettings {
  /** The MFA methods set up and turned on: `SOFTWARE_TOKEN_MFA`, `SMS_MFA`, `EMAIL_OTP`. */
  enabled: string[];
  preferred: string | null;
  /** The first factors the user can sign in with (GetUserAuthFactors), where the pool says. */
  signInFactors: string[] | null;
}

/** A passkey of the user's, as ListWebAuthnCredentials describes it (no key material). */
export interface Passkey {
  id: string;
  name: string | null;
  relyingPartyId: string | null;
  attachment: string | null;
  transports: string[];
  createdAt: string | null;
}

/** A change to the user's MFA (SetUserMFAPreference): each method on or off, and the preferred one. */
export interface MfaPreference {
  totp?: boolean;
  sms?: boolean;
  email?: boolean;
  preferred?: 'totp' | 'sms' | 'email';
}

/** The app client the flows run as. */
export interface AppClient {
  clientId: string;
  /**
   * The client's secret, when it has one: every call then carries `SECRET_HASH`.
   * `undefined` for a public client.
   */
  clientSecret: string | undefined;
  /**
   * Whether the client rotates refresh tokens (its RefreshTokenRotation): a refresh then
   * goes through GetTokensFromRefreshToken and gives a new refresh token. @default false
   */
  rotatesRefreshTokens?: boolean;
}

/**
 * Cognito's user-facing flows (sign-up to sign-out) for one app client. Errors come back
 * as {@link UsersyncError}s with the generic mapping of {@link mapCognitoError}; callers
 * narrow them per flow (a failed sign-in never says whether the user exists).
 */
export interface AuthFlows {
  signUp(
    email: string,
    password: string,
    attributes: CognitoAttribute[],
  ): Promise<{ sub: string; confirmed: boolean }>;
  confirmSignUp(email: string, code: string): Promise<void>;
  /** Signs in with a password (USER_PASSWORD_AUTH): tokens, or a step such as MFA. */
  signIn(email: string, password: string): Promise<SignInResult>;
  /**
   * Choice-based sign-in (USER_AUTH): the `preferred` first factor's challenge (with a
   * password, PASSWORD signs in at once), or `SELECT_CHALLENGE` with what is available.
   * `FLOW_NOT_ENABLED` where the app client does not allow `ALLOW_USER_AUTH`.
   */
  signInByChoice(
    email: string,
    preferred: FirstFactor | undefined,
    password: string | undefined,
  ): Promise<SignInResult>;
  /**
   * Answers a challenge (RespondToAuthChallenge; for `MFA_SETUP`, AssociateSoftwareToken
   * and VerifySoftwareToken first). `SESSION_EXPIRED` for a session that ran out or was
   * answered already, `CODE_MISMATCH` for a wrong code.
   */
  respond(pending: PendingChallenge, answer: ChallengeAnswer): Promise<SignInResult>;
  /** Starts TOTP enrolment (AssociateSoftwareToken): the secret to show as a QR code. */
  associateTotp(accessToken: string): Promise<{ secret: string }>;
  /** Completes it with a code from the app (VerifySoftwareToken); `CODE_MISMATCH` otherwise. */
  verifyTotp(accessToken: string, code: string, deviceName: string | undefined): Promise<void>;
  setMfaPreference(accessToken: string, preference: MfaPreference): Promise<void>;
  mfaSettings(accessToken: string): Promise<MfaSettings>;
  /** Starts a passkey's registration (StartWebAuthnRegistration): the creation options for the browser. */
  startPasskey(accessToken: string): Promise<Record<string, unknown>>;
  /** Completes it with the browser's credential (CompleteWebAuthnRegistration). */
  completePasskey(accessToken: string, credential: Record<string, unknown>): Promise<void>;
  /** The user's passkeys (ListWebAuthnCredentials, every page). */
  listPasskeys(accessToken: string): Promise<Passkey[]>;
  /** Deletes one (DeleteWebAuthnCredential); `NOT_FOUND` when the user has no such passkey. */
  deletePasskey(accessToken: string, credentialId: string): Promise<void>;
  /**
   * New tokens for a refresh token: REFRESH_TOKEN_AUTH, or, on a client that rotates them,
   * GetTokensFromRefreshToken, whose answer holds the new refresh token. `username` is the
   * Cognito username (the `sub` in an email-username pool), needed for REFRESH_TOKEN_AUTH
   * with a client secret only.
   */
  refresh(refreshToken: string, username: string | undefined): Promise<TokenSet>;
  revokeRefreshToken(refreshToken: string): Promise<void>;
  globalSignOut(accessToken: string): Promise<void>;
  forgotPassword(email: string): Promise<void>;
  confirmForgotPassword(email: string, code: string, newPassword: string): Promise<void>;
  /** Sends a new sign-up confirmation code (ResendConfirmationCode). */
  resendConfirmationCode(email: string): Promise<void>;
  /** Changes the signed-in user's password (ChangePassword, with their access token). */
  changePassword(accessToken: string, oldPassword: string, newPassword: string): Promise<void>;
  /**
   * Starts an email change with the user's access token (UpdateUserAttributes): Cognito
   * sends a code to the new address.
   */
  changeEmail(accessToken: string, email: string): Promise<void>;
  /** Completes it with that code (VerifyUserAttribute). */
  verifyEmail(accessToken: string, code: string): Promise<void>;
}

/** `SECRET_HASH`: Base64(HMAC-SHA256(secret, username + clientId)), as Cognito defines it. */
export function secretHash(app: AppClient, username: string): string | undefined {
  if (app.clientSecret === undefined) return undefined;
  return createHmac('sha256', app.clientSecret)
    .update(username + app.clientId)
    .digest('base64');
}

/** Builds {@link AuthFlows} over an injected SDK client. */
export function createAuthFlows(client: CognitoIdentityProviderClient, app: AppClient): AuthFlows {
  async function call<T>(operation: string, send: () => Promise<T>): Promise<T> {
    try {
      return await send();
    } catch (error) {
      throw mapCognitoError(error, operation);
    }
  }

  function tokens(result: AuthenticationResultType | undefined, operation: string): TokenSet {
    if (!result?.IdToken || !result.AccessToken) {
      throw new UsersyncError('INTERNAL', `Cognito ${operation} gave no tokens.`, {
        context: { operation },
      });
    }
    return {
      idToken: result.IdToken,
      accessToken: result.AccessToken,
      ...(result.RefreshToken !== undefined && { refreshToken: result.RefreshToken }),
      expiresIn: result.ExpiresIn ?? 3600,
    };
  }

  /** Tokens when Cognito gave them, else the challenge it asks for. */
  function signInResult(
    answer: Pick<
      InitiateAuthCommandOutput,
      'AuthenticationResult' | 'ChallengeName' | 'Session' | 'ChallengeParameters'
    > & { AvailableChallenges?: string[] | undefined },
    operation: string,
    signedInAs: string,
  ): SignInResult {
    if (answer.AuthenticationResult !== undefined) {
      return { tokens: tokens(answer.AuthenticationResult, operation) };
    }
    return { challenge: challengeOf(answer, signedInAs) };
  }

  /**
   * A challenge's session that ran out (three minutes by default) or was answered already
   * is Cognito's NotAuthorizedException "Invalid session…": a code of its own, so that the
   * client starts the sign-in again rather than asking for the password.
   */
  async function answering<T>(operation: string, send: () => Promise<T>): Promise<T> {
    try {
      return await call(operation, send);
    } catch (error) {
      if (
        isUsersyncError(error) &&
        error.code === 'INVALID_CREDENTIALS' &&
        /session/i.test(error.message)
      ) {
        throw new UsersyncError('SESSION_EXPIRED', undefined, { cause: error });
      }
      throw error;
    }
  }

  return {
    async signUp(email, password, attributes) {
      const answer = await call('SignUp', () =>
        client.send(
          new SignUpCommand({
            ClientId: app.clientId,
            SecretHash: secretHash(app, email),
            Username: email,
            Password: password,
            UserAttributes: attributes.map(({ Name, Value }) => ({ Name, Value })),
          }),
        ),
      );
      return { sub: answer.UserSub ?? '', confirmed: answer.UserConfirmed ?? false };
    },

    async confirmSignUp(email, code) {
      await call('ConfirmSignUp', () =>
        client.send(
          new ConfirmSignUpCommand({
            ClientId: app.clientId,
            SecretHash: secretHash(app, email),
            Username: email,
            ConfirmationCode: code,
          }),
        ),
      );
    },

    async signIn(email, password) {
      const answer = await call('InitiateAuth', () =>
        client.send(
          new InitiateAuthCommand({
            ClientId: app.clientId,
            AuthFlow: 'USER_PASSWORD_AUTH',
            AuthParameters: {
              USERNAME: email,
              PASSWORD: password,
              ...(app.clientSecret !== undefined && { SECRET_HASH: secretHash(app, email) }),
            },
          }),
        ),
      );
      return signInResult(answer, 'InitiateAuth', email);
    },

    async signInByChoice(email, preferred, password) {
      let answer: InitiateAuthCommandOutput;
      try {
        answer = await call('InitiateAuth', () =>
          client.send(
            new InitiateAuthCommand({
              ClientId: app.clientId,
              AuthFlow: 'USER_AUTH',
              AuthParameters: {
                USERNAME: email,
                ...(preferred !== undefined && { PREFERRED_CHALLENGE: preferred }),
                ...(password !== undefined && { PASSWORD: password }),
                ...(app.clientSecret !== undefined && { SECRET_HASH: secretHash(app, email) }),
              },
            }),
          ),
        );
      } catch (error) {
        // Cognito refuses the flow on a client without ALLOW_USER_AUTH with an
        // InvalidParameterException that names it.
        if (
          isUsersyncError(error) &&
          error.code === 'VALIDATION_FAILED' &&
          /USER_AUTH|not enabled/i.test(error.message)
        ) {
          throw new UsersyncError('FLOW_NOT_ENABLED', undefined, { cause: error });
        }
        throw error;
      }
      return signInResult(answer, 'InitiateAuth', email);
    },

    async respond(pending, answer) {
      let session = pending.session;
      let responses: Record<string, string>;
      if (answer.name === 'MFA_SETUP') {
        if (answer.code === undefined) {
          // The first call of an enrolment: the secret for the authenticator app.
          const associated = await answering('AssociateSoftwareToken', () =>
            client.send(new AssociateSoftwareTokenCommand({ Session: session })),
          );
          return {
            challenge: {
              name: 'MFA_SETUP',
              session: associated.Session ?? session,
              username: pending.username,
              parameters: { secretCode: associated.SecretCode },
            },
          };
        }
        const { code, deviceName } = answer;
        const verified = await answering('VerifySoftwareToken', () =>
          client.send(
            new VerifySoftwareTokenCommand({
              Session: session,
              UserCode: code,
              FriendlyDeviceName: deviceName,
            }),
          ),
        );
        if (verified.Status !== 'SUCCESS') throw new UsersyncError('CODE_MISMATCH');
        session = verified.Session ?? session;
        responses = { USERNAME: pending.username };
      } else {
        responses = challengeResponses(answer, pending.username);
      }
      const result = await answering('RespondToAuthChallenge', () =>
        client.send(
          new RespondToAuthChallengeCommand({
            ClientId: app.clientId,
            ChallengeName: pending.name,
            Session: session,
            ChallengeResponses: {
              ...responses,
              ...(app.clientSecret !== undefined && {
                SECRET_HASH: secretHash(app, pending.username) ?? '',
              }),
            },
          }),
        ),
      );
      return signInResult(result, 'RespondToAuthChallenge', pending.username);
    },

    async associateTotp(accessToken) {
      const answer = await call('AssociateSoftwareToken', () =>
        client.send(new AssociateSoftwareTokenCommand({ AccessToken: accessToken })),
      );
      if (answer.SecretCode === undefined) {
        throw new UsersyncError('INTERNAL', 'Cognito AssociateSoftwareToken gave no secret.');
      }
      return { secret: answer.SecretCode };
    },

    async verifyTotp(accessToken, code, deviceName) {
      const answer = await call('VerifySoftwareToken', () =>
        client.send(
          new VerifySoftwareTokenCommand({
            AccessToken: accessToken,
            UserCode: code,
            FriendlyDeviceName: deviceName,
          }),
        ),
      );
      if (answer.Status !== 'SUCCESS') throw new UsersyncError('CODE_MISMATCH');
    },

    async setMfaPreference(accessToken, preference) {
      const setting = (enabled: boolean | undefined, method: MfaPreference['preferred']) =>
        enabled === undefined && preference.preferred !== method
          ? undefined
          : { Enabled: enabled ?? true, PreferredMfa: preference.preferred === method };
      await call('SetUserMFAPreference', () =>
        client.send(
          new SetUserMFAPreferenceCommand({
            AccessToken: accessToken,
            SoftwareTokenMfaSettings: setting(preference.totp, 'totp'),
            SMSMfaSettings: setting(preference.sms, 'sms'),
            EmailMfaSettings: setting(preference.email, 'email'),
          }),
        ),
      );
    },

    async mfaSettings(accessToken) {
      // GetUserAuthFactors says both the MFA and the sign-in factors; a pool or endpoint
      // without it answers GetUser's MFA fields.
      try {
        const factors = await call('GetUserAuthFactors', () =>
          client.send(new GetUserAuthFactorsCommand({ AccessToken: accessToken })),
        );
        return {
          enabled: factors.UserMFASettingList ?? [],
          preferred: factors.PreferredMfaSetting ?? null,
          signInFactors: factors.ConfiguredUserAuthFactors ?? [],
        };
      } catch (error) {
        if (!isUsersyncError(error) || !['VALIDATION_FAILED', 'INTERNAL'].includes(error.code)) {
          throw error;
        }
      }
      const user = await call('GetUser', () =>
        client.send(new GetUserCommand({ AccessToken: accessToken })),
      );
      return {
        enabled: user.UserMFASettingList ?? [],
        preferred: user.PreferredMfaSetting ?? null,
        signInFactors: null,
      };
    },

    async startPasskey(accessToken) {
      const answer = await call('StartWebAuthnRegistration', () =>
        client.send(new StartWebAuthnRegistrationCommand({ AccessToken: accessToken })),
      );
      const options = answer.CredentialCreationOptions;
      if (typeof options !== 'object' || options === null || Array.isArray(options)) {
        throw new UsersyncError('INTERNAL', 'Cognito StartWebAuthnRegistration gave no options.');
      }
      return options;
    },

    async completePasskey(accessToken, credential) {
      await call('CompleteWebAuthnRegistration', () =>
        client.send(
          new CompleteWebAuthnRegistrationCommand({
            AccessToken: accessToken,
            Credential: credential as CompleteWebAuthnRegistrationCommandInput['Credential'],
          }),
        ),
      );
    },

    async listPasskeys(accessToken) {
      const passkeys: Passkey[] = [];
      let nextToken: string | undefined;
      do {
        const page = await call('ListWebAuthnCredentials', () =>
          client.send(
            new ListWebAuthnCredentialsCommand({ AccessToken: accessToken, NextToken: nextToken }),
          ),
        );
        for (const credential of page.Credentials ?? []) {
          passkeys.push({
            id: credential.CredentialId ?? '',
            name: credential.FriendlyCredentialName ?? null,
            relyingPartyId: credential.RelyingPartyId ?? null,
            attachment: credential.AuthenticatorAttachment ?? null,
            transports: credential.AuthenticatorTransports ?? [],
            createdAt: credential.CreatedAt?.toISOString() ?? null,
          });
        }
        nextToken = page.NextToken;
      } while (nextToken !== undefined);
      return passkeys;
    },

    async deletePasskey(accessToken, credentialId) {
      await call('DeleteWebAuthnCredential', () =>
        client.send(
          new DeleteWebAuthnCredentialCommand({
            AccessToken: accessToken,
            CredentialId: credentialId,
          }),
        ),
      );
    },

    async refresh(refreshToken, username) {
      if (app.rotatesRefreshTokens === true) {
        const answer = await call('GetTokensFromRefreshToken', () =>
          client.send(
            new GetTokensFromRefreshTokenCommand({
              ClientId: app.clientId,
              ClientSecret: app.clientSecret,
              RefreshToken: refreshToken,
            }),
          ),
        );
        return tokens(answer.AuthenticationResult, 'GetTokensFromRefreshToken');
      }
      if (app.clientSecret !== undefined && username === undefined) {
        throw new UsersyncError(
          'VALIDATION_FAILED',
          'With a client secret, a refresh needs the expired id or access token as the Bearer token.',
          { context: { field: 'authorization' } },
        );
      }
      const answer = await call('InitiateAuth', () =>
        client.send(
          new InitiateAuthCommand({
            ClientId: app.clientId,
            AuthFlow: 'REFRESH_TOKEN_AUTH',
            AuthParameters: {
              REFRESH_TOKEN: refreshToken,
              ...(username !== undefined &&
                app.clientSecret !== undefined && { SECRET_HASH: secretHash(app, username) }),
            },
          }),
        ),
      );
      return tokens(answer.AuthenticationResult, 'InitiateAuth');
    },

    async revokeRefreshToken(refreshToken) {
      await call('RevokeToken', () =>
        client.send(
          new RevokeTokenCommand({
            ClientId: app.clientId,
            ClientSecret: app.clientSecret,
            Token: refreshToken,
          }),
        ),
      );
    },

    async globalSignOut(accessToken) {
      await call('GlobalSignOut', () =>
        client.send(new GlobalSignOutCommand({ AccessToken: accessToken })),
      );
    },

    async forgotPassword(email) {
      await call('ForgotPassword', () =>
        client.send(
          new ForgotPasswordCommand({
            ClientId: app.clientId,
            SecretHash: secretHash(app, email),
            Username: email,
          }),
        ),
      );
    },

    async resendConfirmationCode(email) {
      await call('ResendConfirmationCode', () =>
        client.send(
          new ResendConfirmationCodeCommand({
            ClientId: app.clientId,
            SecretHash: secretHash(app, email),
            Username: email,
          }),
        ),
      );
    },

    async changePassword(accessToken, oldPassword, newPassword) {
      await call('ChangePassword', () =>
        client.send(
          new ChangePasswordCommand({
            AccessToken: accessToken,
            PreviousPassword: oldPassword,
            ProposedPassword: newPassword,
          }),
        ),
      );
    },

    async changeEmail(accessToken, email) {
      await call('UpdateUserAttributes', () =>
        client.send(
          new UpdateUserAttributesCommand({
            AccessToken: accessToken,
            UserAttributes: [{ Name: 'email', Value: email }],
          }),
        ),
      );
    },

    async verifyEmail(accessToken, code) {
      await call('VerifyUserAttribute', () =>
        client.send(
          new VerifyUserAttributeCommand({
            AccessToken: accessToken,
            AttributeName: 'email',
            Code: code,
          }),
        ),
      );
    },

    async confirmForgotPassword(email, code, newPassword) {
      await call('ConfirmForgotPassword', () =>
        client.send(
          new ConfirmForgotPasswordCommand({
            ClientId: app.clientId,
            SecretHash: secretHash(app, email),
            Username: email,
            ConfirmationCode: code,
            Password: newPassword,
          }),
        ),
      );
    },
  };
}
