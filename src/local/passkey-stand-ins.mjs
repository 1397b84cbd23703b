// Passkeys (WebAuthn) for the local stack: Cognito's registration calls and its WEB_AUTHN
// sign-in step, which cognito-local lacks, answered with @simplewebauthn/server as the
// Cognito API reference documents them (docs/local-stack.md). Loaded by
// cognito-stand-ins.mjs in the emulator's process.
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import { Buffer } from 'node:buffer';

/** How long a registration or sign-in ceremony's challenge stays good (Cognito: minutes). */
const CEREMONY_MS = 5 * 60 * 1000;

/**
 * The pool's relying party, as SetUserPoolMfaConfig's WebAuthnConfiguration sets it; the
 * local stack's pages are served from `localhost`, which a browser accepts as a relying
 * party over plain http.
 */
const relyingParty = (userPool) => ({
  id: userPool.options.WebAuthnConfiguration?.RelyingPartyId ?? 'localhost',
  userVerification: userPool.options.WebAuthnConfiguration?.UserVerification ?? 'preferred',
});

/**
 * The origin a ceremony ran on, from its client data, when the relying party may be used
 * there: its host is the relying party's id or under it, over https (http for localhost).
 */
function allowedOrigin(errors, credential, rpId) {
  let origin;
  try {
    const clientData = JSON.parse(
      Buffer.from(credential?.response?.clientDataJSON ?? '', 'base64url').toString('utf8'),
    );
    origin = new URL(clientData.origin);
  } catch {
    throw new errors.InvalidParameterError('Credential is not a WebAuthn response');
  }
  const host = origin.hostname;
  const underRp = host === rpId || host.endsWith(`.${rpId}`);
  const secure =
    origin.protocol === 'https:' || (origin.protocol === 'http:' && host === 'localhost');
  if (!underRp || !secure) {
    throw new errors.CognitoError(
      'WebAuthnOriginNotAllowedException',
      `The origin ${origin.origin} is not allowed for the relying party ${rpId}.`,
    );
  }
  return origin.origin;
}

/**
 * Installs StartWebAuthnRegistration, CompleteWebAuthnRegistration,
 * ListWebAuthnCredentials and DeleteWebAuthnCredential; returns what the WEB_AUTHN sign-in
 * step needs.
 */
export function installPasskeys({ Targets, errors, userOfAccessToken }) {
  const stored = (user) => user.WebAuthnCredentials ?? [];

  /** StartWebAuthnRegistration (API_StartWebAuthnRegistration): the creation options. */
  Targets.StartWebAuthnRegistration = (services) => async (ctx, req) => {
    const { user, userPool } = await userOfAccessToken(services, ctx, req.AccessToken);
    const rp = relyingParty(userPool);
    const email = user.Attributes?.find((a) => a.Name === 'email')?.Value ?? user.Username;
    const options = await generateRegistrationOptions({
      rpName: userPool.options.PoolName ?? rp.id,
      rpID: rp.id,
      userName: email,
      userID: Buffer.from(user.Username, 'utf8'),
      attestationType: 'none',
      excludeCredentials: stored(user).map((c) => ({
        id: c.CredentialId,
        transports: c.AuthenticatorTransports,
      })),
      authenticatorSelection: { residentKey: 'required', userVerification: rp.userVerification },
    });
    await userPool.saveUser(ctx, {
      ...user,
      WebAuthnRegistration: { challenge: options.challenge, expiresAt: Date.now() + CEREMONY_MS },
    });
    return { CredentialCreationOptions: options };
  };

  /** CompleteWebAuthnRegistration (API_CompleteWebAuthnRegistration): the credential, verified and kept. */
  Targets.CompleteWebAuthnRegistration = (services) => async (ctx, req) => {
    const { user, userPool } = await userOfAccessToken(services, ctx, req.AccessToken);
    const rp = relyingParty(userPool);
    const pending = user.WebAuthnRegistration;
    if (pending === undefined || pending.expiresAt <= Date.now()) {
      throw new errors.CognitoError(
        'WebAuthnChallengeNotFoundException',
        'No registration is under way.',
      );
    }
    const origin = allowedOrigin(errors, req.Credential, rp.id);
    let verification;
    try {
      verification = await verifyRegistrationResponse({
        response: req.Credential,
        expectedChallenge: pending.challenge,
        expectedOrigin: origin,
        expectedRPID: rp.id,
        requireUserVerification: rp.userVerification === 'required',
      });
    } catch (error) {
      throw new errors.CognitoError(
        'WebAuthnCredentialNotSupportedException',
        String(error?.message ?? error),
      );
    }
    if (!verification.verified) {
      throw new errors.CognitoError(
        'WebAuthnCredentialNotSupportedException',
        'The credential did not verify.',
      );
    }
    const { credential } = verification.registrationInfo;
    const { WebAuthnRegistration: _done, ...rest } = user;
    await userPool.saveUser(ctx, {
      ...rest,
      WebAuthnCredentials: [
        ...stored(user),
        {
          CredentialId: credential.id,
          PublicKey: Buffer.from(credential.publicKey).toString('base64url'),
          Counter: credential.counter,
          FriendlyCredentialName:
            req.Credential?.clientExtensionResults?.credProps?.name ?? 'passkey',
          RelyingPartyId: rp.id,
          AuthenticatorAttachment: req.Credential?.authenticatorAttachment,
          AuthenticatorTransports: credential.transports ?? [],
          CreatedAt: Math.floor(Date.now() / 1000),
        },
      ],
    });
    return {};
  };

  /** ListWebAuthnCredentials (API_ListWebAuthnCredentials): the user's passkeys, no key material. */
  Targets.ListWebAuthnCredentials = (services) => async (ctx, req) => {
    const { user } = await userOfAccessToken(services, ctx, req.AccessToken);
    return {
      Credentials: stored(user).map((c) => ({
        CredentialId: c.CredentialId,
        FriendlyCredentialName: c.FriendlyCredentialName,
        RelyingPartyId: c.RelyingPartyId,
        ...(c.AuthenticatorAttachment !== undefined && {
          AuthenticatorAttachment: c.AuthenticatorAttachment,
        }),
        AuthenticatorTransports: c.AuthenticatorTransports,
        CreatedAt: c.CreatedAt,
      })),
    };
  };

  /** DeleteWebAuthnCredential (API_DeleteWebAuthnCredential): one of the user's passkeys. */
  Targets.DeleteWebAuthnCredential = (services) => async (ctx, req) => {
    const { user, userPool } = await userOfAccessToken(services, ctx, req.AccessToken);
    const kept = stored(user).filter((c) => c.CredentialId !== req.CredentialId);
    if (kept.length === stored(user).length) {
      throw new errors.ResourceNotFoundError('Credential not found.');
    }
    await userPool.saveUser(ctx, { ...user, WebAuthnCredentials: kept });
    return {};
  };

  return {
    /**
     * The WEB_AUTHN step's CREDENTIAL_REQUEST_OPTIONS; its challenge is kept on the
     * pending sign-in. An account that cannot sign in gets options all the same.
     */
    async requestOptions(userPool, user, pending) {
      const rp = relyingParty(userPool);
      const options = await generateAuthenticationOptions({
        rpID: rp.id,
        allowCredentials: (user === null ? [] : stored(user)).map((c) => ({
          id: c.CredentialId,
          transports: c.AuthenticatorTransports,
        })),
        userVerification: rp.userVerification,
      });
      pending.challenge = options.challenge;
      return options;
    },

    /** Checks the WEB_AUTHN answer against a passkey of the user's, and moves its counter. */
    async verifyAssertion(userPool, ctx, user, pending, credentialText) {
      const rp = relyingParty(userPool);
      let response;
      try {
        response = JSON.parse(credentialText);
      } catch {
        throw new errors.InvalidParameterError('CREDENTIAL is not JSON');
      }
      const known = stored(user).find((c) => c.CredentialId === response?.id);
      if (known === undefined || pending.challenge === undefined) {
        throw new errors.NotAuthorizedError('Incorrect username or password.');
      }
      const origin = allowedOrigin(errors, response, rp.id);
      let verification;
      try {
        verification = await verifyAuthenticationResponse({
          response,
          expectedChallenge: pending.challenge,
          expectedOrigin: origin,
          expectedRPID: rp.id,
          credential: {
            id: known.CredentialId,
            publicKey: new Uint8Array(Buffer.from(known.PublicKey, 'base64url')),
            counter: known.Counter,
            transports: known.AuthenticatorTransports,
          },
          requireUserVerification: rp.userVerification === 'required',
        });
      } catch {
        throw new errors.NotAuthorizedError('Incorrect username or password.');
      }
      if (!verification.verified)
        throw new errors.NotAuthorizedError('Incorrect username or password.');
      await userPool.saveUser(ctx, {
        ...user,
        WebAuthnCredentials: stored(user).map((c) =>
          c.CredentialId === known.CredentialId
            ? { ...c, Counter: verification.authenticationInfo.newCounter }
            : c,
        ),
      });
    },
  };
}
