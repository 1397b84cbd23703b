import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { createNextAuth } from '../../src/sdk/next.ts';
import { createTestTokens } from '../../src/sdk/testing.ts';
import { createUsersync } from '../../src/sdk/usersync.ts';

// The package's test helper, as a team's own tests use it: tokens signed by a key of the
// test run, accepted by a usersync given its JWKS fetcher, refused when tampered, expired
// or signed by another key. Claims marked as the store's are answered with no store at all.

const config = loadConfig({
  COGNITO_USER_POOL_ID: 'us-east-1_Tests',
  COGNITO_CLIENT_ID: 'testclient0123456789',
  AWS_REGION: 'us-east-1',
});

function setup() {
  const tokens = createTestTokens(config);
  const usersync = createUsersync({
    config,
    jwksFetcher: tokens.jwksFetcher,
    logger: createLogger({ level: 'silent' }),
  });
  return { tokens, usersync };
}

describe('createTestTokens', () => {
  it("signs tokens usersync accepts, with the claims and groups asked for, and nothing else's", async () => {
    const { tokens, usersync } = setup();
    const token = tokens.sign({
      sub: 'a-sub',
      groups: ['admin'],
      claims: { 'custom:developer_id': 'dev-1', roles: ['editor'] },
    });
    await expect(
      usersync.claimsOf(`Bearer ${token}`, { anyGroup: ['admin'], anyRole: ['editor'] }),
    ).resolves.toEqual({
      sub: 'a-sub',
      groups: ['admin'],
      claims: expect.objectContaining({ 'custom:developer_id': 'dev-1', roles: ['editor'] }),
      source: 'token',
    });
    await expect(
      usersync.claimsOf(`Bearer ${token}`, { anyGroup: ['billing'] }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      usersync.claimsOf(`Bearer ${token}`, { anyRole: ['owner'] }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const forged = Buffer.from(
      JSON.stringify({
        ...JSON.parse(Buffer.from(payload, 'base64url').toString()),
        'cognito:groups': ['root'],
      }),
    ).toString('base64url');
    await expect(
      usersync.claimsOf(`Bearer ${header}.${forged}.${signature}`),
    ).rejects.toMatchObject({ code: 'TOKEN_INVALID' });
    await expect(
      usersync.claimsOf(`Bearer ${tokens.sign({ expiresIn: -60, claims: {} })}`),
    ).rejects.toMatchObject({ code: 'TOKEN_EXPIRED' });
    await expect(
      usersync.claimsOf(`Bearer ${createTestTokens(config).sign({ claims: {} })}`),
    ).rejects.toMatchObject({ code: 'TOKEN_INVALID' });
    await expect(usersync.claimsOf('Basic abc')).rejects.toMatchObject({ code: 'TOKEN_INVALID' });
    // Hostile bytes where a token goes: each a TOKEN_INVALID, and the next caller is served.
    for (const hostile of ['a\u0000b.c.d', '\ud800.x.y', 'x'.repeat(100_000), `${token}\u0000`]) {
      await expect(usersync.claimsOf(`Bearer ${hostile}`)).rejects.toMatchObject({
        code: 'TOKEN_INVALID',
      });
    }
    await expect(usersync.claimsOf(`Bearer ${token}`)).resolves.toMatchObject({ sub: 'a-sub' });
    await usersync.close();
  });

  it("answers Next.js middleware: passes a good token and a public path, refuses the rest with the API's body", async () => {
    const { tokens, usersync } = setup();
    const middleware = createNextAuth(usersync).middleware({ publicPaths: ['/health'] });
    const request = (path: string, token?: string) =>
      new Request(
        `http://127.0.0.1${path}`,
        token === undefined ? {} : { headers: { authorization: `Bearer ${token}` } },
      );
    await expect(
      middleware(request('/api/me', tokens.sign({ claims: {} }))),
    ).resolves.toBeUndefined();
    await expect(middleware(request('/health'))).resolves.toBeUndefined();
    const refused = await middleware(
      request('/api/me', tokens.sign({ claims: {}, expiresIn: -60 })),
    );
    expect(refused?.status).toBe(401);
    await expect(refused?.json()).resolves.toMatchObject({ error: { code: 'TOKEN_EXPIRED' } });
    const missing = await middleware(request('/api/me'));
    expect(missing?.status).toBe(401);
    await usersync.close();
  });
});
