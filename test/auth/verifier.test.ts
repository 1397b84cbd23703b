import { createServer, type Server } from 'node:http';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SignJWT, exportJWK, type JWTPayload } from 'jose';
import {
  HttpsOnlyFetcher,
  createTokenVerifier,
  type TokenVerifier,
} from '../../src/auth/verifier.ts';
import { isLoopbackUrl } from '../../src/cognito/client.ts';
import { LoopbackJwksFetcher } from '../../src/local/jwks-fetcher.ts';
import { withTokenCache } from '../../src/auth/token-cache.ts';
import { isUsersyncError, type ErrorCode } from '../../src/domain/errors.ts';

const POOL = 'local_TestPool';
const CLIENT = 'client-a';
const NOW = new Date('2026-11-22T12:00:00Z');
const nowSeconds = Math.floor(NOW.getTime() / 1000);

function rsaKey(): { privateKey: KeyObject; publicKey: KeyObject } {
  return generateKeyPairSync('rsa', { modulusLength: 2048 });
}

describe('token verifier (aws-jwt-verify) against a JWKS on loopback', () => {
  const trusted = rsaKey();
  const rotated = rsaKey();
  const foreign = rsaKey();
  const jwks: { keys: Record<string, unknown>[] } = { keys: [] };
  let jwksFetches = 0;
  let server: Server;
  let endpoint: string;
  let issuer: string;
  let verifier: TokenVerifier;

  beforeAll(async () => {
    jwks.keys.push({
      ...(await exportJWK(trusted.publicKey)),
      kid: 'k1',
      alg: 'RS256',
      use: 'sig',
    });
    server = createServer((request, response) => {
      jwksFetches++;
      if (request.url === `/${POOL}/.well-known/jwks.json`) {
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(jwks));
      } else {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    endpoint = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    issuer = `${endpoint}/${POOL}`;
    verifier = createTokenVerifier({
      userPoolId: POOL,
      clientId: CLIENT,
      endpoint,
      tokenUse: null,
      jwksRefetchWaitSeconds: 3600,
      jwksFetcher: new LoopbackJwksFetcher(),
    });
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function claims(use: 'id' | 'access', overrides: JWTPayload = {}): JWTPayload {
    const base =
      use === 'id'
        ? { token_use: 'id', aud: CLIENT, 'cognito:username': 'user-1', email: 'ada@example.com' }
        : { token_use: 'access', client_id: CLIENT, username: 'user-1' };
    return {
      sub: 'sub-1',
      iss: issuer,
      iat: nowSeconds - 60,
      exp: nowSeconds + 3600,
      ...base,
      ...overrides,
    };
  }

  function sign(
    payload: JWTPayload,
    key: KeyObject = trusted.privateKey,
    kid = 'k1',
  ): Promise<string> {
    return new SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' }).sign(key);
  }

  async function rejection(
    token: string,
    against: TokenVerifier = verifier,
  ): Promise<ErrorCode | 'accepted'> {
    try {
      await against.verify(token);
      return 'accepted';
    } catch (error) {
      if (isUsersyncError(error)) return error.code;
      throw error;
    }
  }

  it('accepts an id token and an access token of the app client', async () => {
    await expect(verifier.verify(await sign(claims('id')))).resolves.toMatchObject({
      tokenUse: 'id',
      sub: 'sub-1',
      username: 'user-1',
      email: 'ada@example.com',
    });
    await expect(
      verifier.verify(await sign(claims('access', { 'cognito:groups': ['admin'] }))),
    ).resolves.toMatchObject({
      tokenUse: 'access',
      username: 'user-1',
      groups: ['admin'],
    });
  });

  it('refuses a tampered signature', async () => {
    const token = await sign(claims('id'));
    const [header, payload, signature] = token.split('.');
    const flipped = `${signature!.slice(0, -2)}${signature!.endsWith('AA') ? 'BB' : 'AA'}`;
    expect(await rejection(`${header}.${payload}.${flipped}`)).toBe('TOKEN_INVALID');
  });

  it('refuses a tampered payload under a genuine signature', async () => {
    const token = await sign(claims('id'));
    const [header, , signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify(claims('id', { sub: 'someone-else' }))).toString(
      'base64url',
    );
    expect(await rejection(`${header}.${forged}.${signature}`)).toBe('TOKEN_INVALID');
  });

  it('refuses alg: none', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', kid: 'k1', typ: 'JWT' })).toString(
      'base64url',
    );
    const payload = Buffer.from(JSON.stringify(claims('id'))).toString('base64url');
    expect(await rejection(`${header}.${payload}.`)).toBe('TOKEN_INVALID');
  });

  it('refuses a token signed by a foreign key under a trusted kid', async () => {
    expect(await rejection(await sign(claims('id'), foreign.privateKey, 'k1'))).toBe(
      'TOKEN_INVALID',
    );
  });

  it('refuses a foreign issuer', async () => {
    expect(
      await rejection(
        await sign(
          claims('id', { iss: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Other' }),
        ),
      ),
    ).toBe('TOKEN_INVALID');
  });

  it('refuses an expired token with TOKEN_EXPIRED, within a small grace', async () => {
    expect(await rejection(await sign(claims('id', { exp: nowSeconds - 60 })))).toBe(
      'TOKEN_EXPIRED',
    );
    expect(await rejection(await sign(claims('id', { exp: nowSeconds - 3 })))).toBe('accepted');
  });

  it("refuses another app client's id and access tokens", async () => {
    expect(await rejection(await sign(claims('id', { aud: 'client-b' })))).toBe('TOKEN_INVALID');
    expect(await rejection(await sign(claims('access', { client_id: 'client-b' })))).toBe(
      'TOKEN_INVALID',
    );
  });

  it('refuses an access token where only id tokens are allowed', async () => {
    const idOnly = createTokenVerifier({
      userPoolId: POOL,
      clientId: CLIENT,
      endpoint,
      tokenUse: 'id',
      jwksFetcher: new LoopbackJwksFetcher(),
    });
    expect(await rejection(await sign(claims('access')), idOnly)).toBe('TOKEN_INVALID');
    expect(await rejection(await sign(claims('id')), idOnly)).toBe('accepted');
  });

  it('refuses a token without a subject, or with an unknown token use', async () => {
    const { sub: _, ...noSub } = claims('id');
    expect(await rejection(await sign(noSub))).toBe('TOKEN_INVALID');
    expect(await rejection(await sign(claims('id', { token_use: 'refresh' })))).toBe(
      'TOKEN_INVALID',
    );
  });

  it('fetches the JWKS again for an unknown kid (key rotation), at most once per wait period', async () => {
    jwks.keys.push({
      ...(await exportJWK(rotated.publicKey)),
      kid: 'k2',
      alg: 'RS256',
      use: 'sig',
    });
    const before = jwksFetches;
    expect(await rejection(await sign(claims('id'), rotated.privateKey, 'k2'))).toBe('accepted');
    expect(jwksFetches).toBe(before + 1);
    const unknown = await Promise.all(
      Array.from({ length: 5 }, async () =>
        rejection(await sign(claims('id'), foreign.privateKey, 'k-unknown')),
      ),
    );
    expect(unknown).toEqual(Array(5).fill('TOKEN_INVALID'));
    expect(jwksFetches).toBeLessThanOrEqual(before + 2);
  });

  it('is ready once the JWKS is fetched, fetching it once; a pool without keys is UPSTREAM_UNAVAILABLE', async () => {
    const fresh = createTokenVerifier({
      userPoolId: POOL,
      clientId: CLIENT,
      endpoint,
      tokenUse: null,
      jwksFetcher: new LoopbackJwksFetcher(),
    });
    const before = jwksFetches;
    await fresh.ready();
    await fresh.ready();
    expect(jwksFetches - before).toBe(1);
    const keyless = createTokenVerifier({
      userPoolId: 'us-east-1_NoKeys',
      clientId: CLIENT,
      endpoint,
      tokenUse: null,
      jwksFetcher: new LoopbackJwksFetcher(),
    });
    const failure = await keyless.ready().catch((error: unknown) => error);
    expect(isUsersyncError(failure, 'UPSTREAM_UNAVAILABLE')).toBe(true);
  });
});

describe('JWKS fetchers', () => {
  it('in production, refuses anything but https, loopback included, without a request', async () => {
    const spy = vi.spyOn(globalThis, 'fetch');
    const local = 'http://127.0.0.1:9';
    for (const uri of [
      `${local}/${POOL}/.well-known/jwks.json`,
      'http://203.0.113.7/p/jwks.json',
    ]) {
      await expect(new HttpsOnlyFetcher().fetch(uri)).rejects.toThrow(/https/);
    }
    const production = createTokenVerifier({
      userPoolId: POOL,
      clientId: CLIENT,
      endpoint: local,
      tokenUse: null,
    });
    const failure = await production.ready().catch((error: unknown) => error);
    expect(isUsersyncError(failure, 'UPSTREAM_UNAVAILABLE')).toBe(true);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  it("on the local stack, takes plain http from a loopback address only, parsed, not a name's prefix", async () => {
    const fetcher = new LoopbackJwksFetcher();
    const spy = vi.spyOn(globalThis, 'fetch');
    for (const uri of [
      'http://203.0.113.7/pool/.well-known/jwks.json',
      'http://127.evil.example/pool/.well-known/jwks.json',
      'http://localhost.evil.example/jwks.json',
    ]) {
      await expect(fetcher.fetch(uri)).rejects.toThrow(/https/);
    }
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
    expect(isLoopbackUrl('http://127.evil.example')).toBe(false);
    expect(isLoopbackUrl('http://127.0.0.1.nip.io:9229')).toBe(false);
    expect(isLoopbackUrl('http://127.0.0.1:9229')).toBe(true);
    expect(isLoopbackUrl('http://127.1:9229')).toBe(true);
    expect(isLoopbackUrl('http://localhost:9229')).toBe(true);
    expect(isLoopbackUrl('http://[::1]:9229')).toBe(true);
    expect(isLoopbackUrl('http://128.0.0.1')).toBe(false);
    expect(isLoopbackUrl('not a url')).toBe(false);
  });
});

describe('verified-token cache', () => {
  it('serves a token again without verifying, until its exp, and never a different token', async () => {
    let clock = NOW.getTime();
    const calls: string[] = [];
    const inner: TokenVerifier = {
      issuer: 'test',
      ready: () => Promise.resolve(),
      verify: (token) => {
        calls.push(token);
        return Promise.resolve({
          tokenUse: 'id',
          sub: token,
          username: token,
          email: undefined,
          groups: [],
          exp: nowSeconds + 60,
          payload: {},
        });
      },
    };
    const cached = withTokenCache(inner, { now: () => clock });
    await cached.verify('h.p.sig');
    await cached.verify('h.p.sig');
    expect(calls).toEqual(['h.p.sig']);
    await cached.verify('h.forged.sig');
    expect(calls).toEqual(['h.p.sig', 'h.forged.sig']);
    clock += 61_000;
    await cached.verify('h.p.sig');
    expect(calls).toEqual(['h.p.sig', 'h.forged.sig', 'h.p.sig']);
  });
});
