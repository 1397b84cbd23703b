import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  AssociateSoftwareTokenCommand,
  CognitoIdentityProviderClient,
  CognitoIdentityProviderServiceException,
  type ChallengeNameType,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  VerifySoftwareTokenCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { createAuthFlows, secretHash } from '../../src/cognito/auth-flows.ts';
import { challengeOf, challengeResponses } from '../../src/cognito/challenges.ts';
import { openChallenge, sealChallenge } from '../../src/api/challenge-session.ts';

type Sample = Record<string, unknown> & {
  ChallengeName?: ChallengeNameType;
  Session?: string;
  ChallengeParameters?: Record<string, string>;
  AvailableChallenges?: ChallengeNameType[];
};
const samples = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../fixtures/aws/challenges.json'), 'utf8'),
) as Record<string, Sample>;
const sample = (name: string): Sample => structuredClone(samples[name] ?? {});

/** Cognito's error as the SDK raises it from the JSON protocol's `__type` and `message`. */
function cognitoError(name: string): CognitoIdentityProviderServiceException {
  const { __type, message } = sample(name) as { __type: string; message: string };
  return new CognitoIdentityProviderServiceException({
    name: __type,
    message,
    $fault: 'client',
    $metadata: { httpStatusCode: 400 },
  });
}

describe("Cognito's challenges as the API carries them", () => {
  it('reads each challenge of the published shapes: JSON parameters parsed, the username kept for the answer', () => {
    const mfa = challengeOf(sample('initiateAuthSoftwareTokenMfa'), 'ada@example.com');
    expect(mfa).toEqual({
      name: 'SOFTWARE_TOKEN_MFA',
      session: 'AYABeEXAMPLESESSIONsoftwaretokenmfa',
      username: 'a1b2c3d4-5678-90ab-cdef-EXAMPLE11111',
      parameters: { FRIENDLY_DEVICE_NAME: 'phone' },
    });
    const fresh = challengeOf(sample('initiateAuthNewPasswordRequired'), 'x');
    expect(fresh.parameters).toEqual({
      requiredAttributes: ['userAttributes.name'],
      userAttributes: { email_verified: 'true', email: 'invited@example.com' },
    });
    expect(challengeOf(sample('initiateAuthSelectMfaType'), 'x').parameters).toEqual({
      MFAS_CAN_CHOOSE: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA'],
    });
    const choice = challengeOf(sample('initiateAuthUserAuthSelectChallenge'), 'ada@example.com');
    expect(choice).toMatchObject({
      name: 'SELECT_CHALLENGE',
      username: 'a1b2c3d4-5678-90ab-cdef-EXAMPLE55555',
      available: ['PASSWORD', 'EMAIL_OTP', 'WEB_AUTHN'],
      parameters: {},
    });
    expect(challengeOf(sample('initiateAuthUserAuthEmailOtp'), 'x').parameters).toEqual({
      CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL',
      CODE_DELIVERY_DESTINATION: 'u***@e***',
    });
  });

  it('refuses the steps that need a client of Cognito’s own', () => {
    expect(() => challengeOf(sample('initiateAuthCustomChallenge'), 'x')).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
  });

  it('answers each challenge with the ChallengeResponses the API reference gives it', () => {
    const user = 'a1b2c3d4';
    expect(challengeResponses({ name: 'SOFTWARE_TOKEN_MFA', code: '123456' }, user)).toEqual({
      USERNAME: user,
      SOFTWARE_TOKEN_MFA_CODE: '123456',
    });
    expect(challengeResponses({ name: 'SMS_MFA', code: '123456' }, user)).toEqual({
      USERNAME: user,
      SMS_MFA_CODE: '123456',
    });
    expect(challengeResponses({ name: 'EMAIL_OTP', code: '12345678' }, user)).toEqual({
      USERNAME: user,
      EMAIL_OTP_CODE: '12345678',
    });
    expect(challengeResponses({ name: 'SMS_OTP', code: '123456' }, user)).toEqual({
      USERNAME: user,
      SMS_OTP_CODE: '123456',
    });
    expect(
      challengeResponses(
        {
          name: 'NEW_PASSWORD_REQUIRED',
          newPassword: 'N3w-Passw0rd!',
          attributes: { name: 'Ada' },
        },
        user,
      ),
    ).toEqual({ USERNAME: user, NEW_PASSWORD: 'N3w-Passw0rd!', 'userAttributes.name': 'Ada' });
    expect(
      challengeResponses({ name: 'SELECT_MFA_TYPE', choice: 'SOFTWARE_TOKEN_MFA' }, user),
    ).toEqual({ USERNAME: user, ANSWER: 'SOFTWARE_TOKEN_MFA' });
    expect(
      challengeResponses({ name: 'SELECT_CHALLENGE', choice: 'PASSWORD', password: 'pw' }, user),
    ).toEqual({ USERNAME: user, ANSWER: 'PASSWORD', PASSWORD: 'pw' });
    expect(
      challengeResponses(
        { name: 'WEB_AUTHN', credential: { id: 'cred', type: 'public-key' } },
        user,
      ),
    ).toEqual({ USERNAME: user, CREDENTIAL: '{"id":"cred","type":"public-key"}' });
  });

  it("carries the username in the client's session, and refuses a session that is not one", () => {
    const challenge = challengeOf(sample('initiateAuthSoftwareTokenMfa'), 'x');
    const sealed = sealChallenge(challenge);
    expect(sealed).not.toContain(challenge.session);
    expect(openChallenge(sealed)).toEqual({
      name: challenge.name,
      session: challenge.session,
      username: challenge.username,
    });
    for (const bad of ['', 'x', Buffer.from('{"v":2}').toString('base64url')]) {
      expect(() => openChallenge(bad)).toThrow(
        expect.objectContaining({ code: 'VALIDATION_FAILED' }),
      );
    }
  });
});

// aws-sdk-client-mock: cognito-local has no MFA_SETUP (AssociateSoftwareToken by Session) and
// no USER_AUTH; these pin the calls usersync makes to Cognito's documented shapes.
describe('the sign-in flows against Cognito’s API', () => {
  const client = new CognitoIdentityProviderClient({ region: 'us-east-1' });
  const mock = mockClient(client);
  const app = { clientId: 'client-7', clientSecret: 's3cr3t' };
  afterEach(() => mock.reset());

  it('enrols TOTP inside a sign-in (MFA_SETUP): the secret first, then the code, then the answer, each by session and with SECRET_HASH', async () => {
    mock.on(InitiateAuthCommand).resolves(sample('initiateAuthMfaSetup'));
    mock.on(AssociateSoftwareTokenCommand).resolves(sample('associateSoftwareTokenBySession'));
    mock.on(VerifySoftwareTokenCommand).resolves(sample('verifySoftwareTokenBySession'));
    mock.on(RespondToAuthChallengeCommand).resolves(sample('authenticationResult'));
    const flows = createAuthFlows(client, app);

    const started = await flows.signIn('ada@example.com', 'pw');
    if (!('challenge' in started)) throw new Error('expected a challenge');
    expect(started.challenge).toMatchObject({
      name: 'MFA_SETUP',
      parameters: { MFAS_CAN_SETUP: ['SOFTWARE_TOKEN_MFA'] },
    });
    const shown = await flows.respond(started.challenge, { name: 'MFA_SETUP' });
    if (!('challenge' in shown)) throw new Error('expected the secret');
    expect(shown.challenge).toMatchObject({
      name: 'MFA_SETUP',
      session: 'AYABeEXAMPLESESSIONassociated',
      parameters: { secretCode: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' },
    });
    expect(mock.commandCalls(AssociateSoftwareTokenCommand)[0]?.args[0].input).toEqual({
      Session: 'AYABeEXAMPLESESSIONmfasetup',
    });

    const done = await flows.respond(shown.challenge, {
      name: 'MFA_SETUP',
      code: '123456',
      deviceName: 'phone',
    });
    expect(done).toMatchObject({ tokens: { accessToken: 'eyJra456defEXAMPLE' } });
    expect(mock.commandCalls(VerifySoftwareTokenCommand)[0]?.args[0].input).toEqual({
      Session: 'AYABeEXAMPLESESSIONassociated',
      UserCode: '123456',
      FriendlyDeviceName: 'phone',
    });
    const username = 'a1b2c3d4-5678-90ab-cdef-EXAMPLE44444';
    expect(mock.commandCalls(RespondToAuthChallengeCommand)[0]?.args[0].input).toEqual({
      ClientId: 'client-7',
      ChallengeName: 'MFA_SETUP',
      Session: 'AYABeEXAMPLESESSIONverified',
      ChallengeResponses: { USERNAME: username, SECRET_HASH: secretHash(app, username) },
    });
  });

  it('signs in by choice (USER_AUTH) with the preferred factor, and says when the client does not allow it', async () => {
    mock.on(InitiateAuthCommand).resolvesOnce(sample('initiateAuthUserAuthEmailOtp'));
    const flows = createAuthFlows(client, app);
    const result = await flows.signInByChoice('ada@example.com', 'EMAIL_OTP', undefined);
    expect(result).toMatchObject({ challenge: { name: 'EMAIL_OTP' } });
    expect(mock.commandCalls(InitiateAuthCommand)[0]?.args[0].input).toEqual({
      ClientId: 'client-7',
      AuthFlow: 'USER_AUTH',
      AuthParameters: {
        USERNAME: 'ada@example.com',
        PREFERRED_CHALLENGE: 'EMAIL_OTP',
        SECRET_HASH: secretHash(app, 'ada@example.com'),
      },
    });

    mock.on(InitiateAuthCommand).rejects(cognitoError('userAuthNotEnabled'));
    await expect(
      flows.signInByChoice('ada@example.com', undefined, undefined),
    ).rejects.toMatchObject({ code: 'FLOW_NOT_ENABLED' });
  });

  it('tells a spent or expired session from a wrong password', async () => {
    mock.on(RespondToAuthChallengeCommand).rejects(cognitoError('sessionExpired'));
    const flows = createAuthFlows(client, app);
    const pending = { name: 'SOFTWARE_TOKEN_MFA' as const, session: 's', username: 'u' };
    await expect(
      flows.respond(pending, { name: 'SOFTWARE_TOKEN_MFA', code: '123456' }),
    ).rejects.toMatchObject({ code: 'SESSION_EXPIRED' });
  });
});
