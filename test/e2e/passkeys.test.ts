import { createServer, type Server } from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/local/ports.ts';
import { call, startTestStack, type TestStack } from '../support/test-stack.ts';

const PASSWORD = 'Corr3ct-Horse!';
/** Debian's Chromium (`apt-get install chromium`; .ci/run installs it when missing). */
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * The page a team's front end would be: it calls the API from its own origin, and uses the
 * browser's WebAuthn (`navigator.credentials`) with the options the API hands it.
 */
const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>passkeys</title></head><body>
<script>
  async function call(api, method, path, body, token) {
    const response = await fetch(api + path, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(token !== undefined ? { authorization: 'Bearer ' + token } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    return { status: response.status, body: text === '' ? null : JSON.parse(text) };
  }
  window.registerPasskey = async (api, accessToken) => {
    const started = await call(api, 'POST', '/me/passkeys/start', undefined, accessToken);
    const publicKey = PublicKeyCredential.parseCreationOptionsFromJSON(started.body.options);
    const credential = await navigator.credentials.create({ publicKey });
    return call(api, 'POST', '/me/passkeys', { credential: credential.toJSON() }, accessToken);
  };
  window.assertPasskey = async (api, email) => {
    const login = await call(api, 'POST', '/auth/login', { email, preferred: 'WEB_AUTHN' });
    const challenge = login.body.challenge;
    const publicKey = PublicKeyCredential.parseRequestOptionsFromJSON(
      challenge.parameters.CREDENTIAL_REQUEST_OPTIONS,
    );
    const assertion = await navigator.credentials.get({ publicKey });
    return { session: challenge.session, credential: assertion.toJSON() };
  };
  window.signInWithPasskey = async (api, email) => {
    const login = await call(api, 'POST', '/auth/login', { email, preferred: 'WEB_AUTHN' });
    const challenge = login.body.challenge;
    if (challenge === undefined || challenge.name !== 'WEB_AUTHN') return login;
    const publicKey = PublicKeyCredential.parseRequestOptionsFromJSON(
      challenge.parameters.CREDENTIAL_REQUEST_OPTIONS,
    );
    const assertion = await navigator.credentials.get({ publicKey });
    return call(api, 'POST', '/auth/challenge', {
      session: challenge.session,
      name: 'WEB_AUTHN',
      credential: assertion.toJSON(),
    });
  };
</script></body></html>`;

interface Answer {
  status: number;
  body: Record<string, unknown> & { challenge?: { name: string } };
}

describe('passkeys in a real browser (Chromium, the DevTools virtual authenticator)', () => {
  let stack: TestStack;
  let server: Server;
  let browser: Browser;
  let page: Page;
  let pageOrigin: string;

  beforeAll(async () => {
    // The page's origin is localhost, a relying party a browser takes over plain http.
    const port = await freePort();
    pageOrigin = `http://localhost:${port}`;
    server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    stack = await startTestStack({ CORS_ORIGINS: pageOrigin });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      // localhost is this test's server on 127.0.0.1; root in CI needs no sandbox.
      args: [`--host-resolver-rules=MAP localhost 127.0.0.1`, '--no-sandbox'],
    });
    const context = await browser.newContext();
    page = await context.newPage();
    const devtools = await context.newCDPSession(page);
    await devtools.send('WebAuthn.enable', {});
    await devtools.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });
    await page.goto(`${pageOrigin}/`);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('registers a passkey through /me/passkeys, signs in with it, lists it, and deletes it', async () => {
    const email = 'passkey@example.com';
    await call(stack, 'POST', '/auth/signup', { body: { email, password: PASSWORD } });
    await call(stack, 'POST', '/auth/confirm', { body: { email, code: stack.info.code } });
    const login = await call(stack, 'POST', '/auth/login', { body: { email, password: PASSWORD } });
    const { accessToken } = login.body as { accessToken: string };
    const api = stack.info.apiUrl;

    const registered = await page.evaluate(
      ([base, token]) =>
        (
          globalThis as unknown as { registerPasskey: (a: string, t: string) => Promise<Answer> }
        ).registerPasskey(base, token),
      [api, accessToken] as const,
    );
    expect(registered).toEqual({ status: 201, body: { registered: true } });

    const listed = await call(stack, 'GET', '/me/passkeys', { token: accessToken });
    const { items } = listed.body as { items: { id: string; relyingPartyId: string }[] };
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ relyingPartyId: 'localhost', createdAt: expect.any(String) });
    expect(
      (
        (await call(stack, 'GET', '/me/mfa', { token: accessToken })).body as {
          signInFactors: string[];
        }
      ).signInFactors,
    ).toContain('WEB_AUTHN');

    const signedIn = await page.evaluate(
      ([base, who]) =>
        (
          globalThis as unknown as { signInWithPasskey: (a: string, e: string) => Promise<Answer> }
        ).signInWithPasskey(base, who),
      [api, email] as const,
    );
    expect(signedIn.status).toBe(200);
    const tokens = signedIn.body as { idToken: string };
    expect((await call(stack, 'GET', '/me', { token: tokens.idToken })).body).toMatchObject({
      email,
    });

    // An assertion is good for its own challenge only: replayed on a new sign-in, it fails.
    type Asserted = { session: string; credential: Record<string, unknown> };
    const asserted = await page.evaluate(
      ([base, who]) =>
        (
          globalThis as unknown as { assertPasskey: (a: string, e: string) => Promise<Asserted> }
        ).assertPasskey(base, who),
      [api, email] as const,
    );
    const fresh = await call(stack, 'POST', '/auth/login', {
      body: { email, preferred: 'WEB_AUTHN' },
    });
    const replayed = await call(stack, 'POST', '/auth/challenge', {
      body: {
        session: (fresh.body as { challenge: { session: string } }).challenge.session,
        name: 'WEB_AUTHN',
        credential: asserted.credential,
      },
    });
    expect(replayed).toMatchObject({
      status: 401,
      body: { error: { code: 'INVALID_CREDENTIALS' } },
    });
    const own = await call(stack, 'POST', '/auth/challenge', {
      body: { session: asserted.session, name: 'WEB_AUTHN', credential: asserted.credential },
    });
    expect(own.status).toBe(200);

    const gone = await call(
      stack,
      'DELETE',
      `/me/passkeys/${encodeURIComponent(items[0]?.id ?? '')}`,
      {
        token: accessToken,
      },
    );
    expect(gone.status).toBe(204);
    expect(
      (
        await call(stack, 'DELETE', `/me/passkeys/${encodeURIComponent(items[0]?.id ?? '')}`, {
          token: accessToken,
        })
      ).status,
    ).toBe(404);
    // Without a passkey, WEB_AUTHN is not offered: the sign-in asks which factor instead.
    const after = await page.evaluate(
      ([base, who]) =>
        (
          globalThis as unknown as { signInWithPasskey: (a: string, e: string) => Promise<Answer> }
        ).signInWithPasskey(base, who),
      [api, email] as const,
    );
    expect(after.body.challenge).toMatchObject({ name: 'SELECT_CHALLENGE' });
  }, 60_000);
});
