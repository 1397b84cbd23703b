import { createHmac } from 'node:crypto';
import {
  ChangePasswordCommand,
  ConfirmForgotPasswordCommand,
  ConfirmSignUpCommand,
  ForgotPasswordCommand,
  GlobalSignOutCommand,
  InitiateAuthCommand,
  ResendConfirmationCodeCommand,
  RevokeTokenCommand,
  SignUpCommand,
  UpdateUserAttributesCommand,
  VerifyUserAttributeCommand,
  type AuthenticationResultType,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { UsersyncError } from '../domain/errors.ts';
import type { CognitoAttribute } from '../domain/attributes.ts';
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

/** The app client the flows run as. */
export interface AppClient {
  clientId: string;
  /**
   * The client's secret, when it has one: every call then carries `SECRET_HASH`.
   * `undefined` for a public client.
   */
  clientSecret: string | undefined;
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
  signIn(email: string, password: string): Promise<TokenSet>;
  /** `username` is the Cognito username (the `sub` in an email-username pool); needed only with a client secret. */
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
      // A challenge (MFA, new password) instead of tokens: not a flow this API offers.
      throw new UsersyncError(
        'FORBIDDEN',
        'This account needs a sign-in step the API does not support.',
        {
          context: { operation },
        },
      );
    }
    return {
      idToken: result.IdToken,
      accessToken: result.AccessToken,
      ...(result.RefreshToken !== undefined && { refreshToken: result.RefreshToken }),
      expiresIn: result.ExpiresIn ?? 3600,
    };
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
      return tokens(answer.AuthenticationResult, 'InitiateAuth');
    },

    async refresh(refreshToken, username) {
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
