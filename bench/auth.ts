// auth: GET /me/claims under load from a second process (autocannon), with a warm pool of
// valid tokens, three ways: (a) claims read from the id token (the guard still reads the
// user's status by sub, one indexed read, so that a deleted or disabled user's token is
// refused in every process); (b) the same route
// with an access token, which carries no claims, so the handler reads PostgreSQL by sub;
// (a') as (a) with the verified-token cache. Then the cost floor: (c) raw RS256
// crypto.verify of one token in a tight loop on one core, and the same loop through
// aws-jwt-verify (the verifier the guard uses).
import { spawn } from 'node:child_process';
import { createVerify, generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SignJWT, exportJWK } from 'jose';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/api/app.ts';
import { withTokenCache } from '../src/auth/token-cache.ts';
import { createTokenVerifier, type TokenVerifier } from '../src/auth/verifier.ts';
import { createAuthFlows } from '../src/cognito/auth-flows.ts';
import { createCognitoClient } from '../src/cognito/client.ts';
import { createCognitoGateway } from '../src/cognito/gateway.ts';
import { createLogger } from '../src/logging/logger.ts';
import { LoopbackJwksFetcher } from '../src/local/jwks-fetcher.ts';
import { printTable, writeResult } from './results.ts';
import { scratchDatabase, seedUsers } from './scratch.ts';
import { postgresCounters } from '../src/stores/postgres/counters.ts';
import { postgresStore } from '../src/stores/configured.ts';
import { postgresUserStore } from '../src/stores/postgres/users.ts';
import { DEFAULT_CLAIM_SET } from '../src/domain/claims.ts';

const USERS = 200;
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 20);
const DURATION_SECONDS = Number(process.env['BENCH_SECONDS'] ?? 8);
const LOOP_MS = 4_000;
const ROUNDS = 10;
const POOL = 'local_BenchPool';
const CLIENT = 'bench-client';

interface Load {
  rps: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  total: number;
}

async function load(url: string, tokens: string[]): Promise<Load> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'usersync-load-'));
  const jobFile = path.join(dir, 'job.json');
  await writeFile(
    jobFile,
    JSON.stringify({ url, tokens, connections: CONNECTIONS, durationSeconds: DURATION_SECONDS }),
  );
  const worker = path.resolve(import.meta.dirname, 'load-worker.ts');
  const tsx = path.resolve(import.meta.dirname, '../node_modules/.bin/tsx');
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(tsx, [worker, jobFile], { stdio: ['ignore', 'pipe', 'inherit'] });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.on('exit', (code) =>
      code === 0 ? resolve(text) : reject(new Error(`load worker exited ${code}`)),
    );
  });
  await rm(dir, { recursive: true, force: true });
  return JSON.parse(output.trim().split('\n').pop() ?? '{}') as Load;
}

/**
 * Runs two loops in alternating bursts and returns each one's median rate, so that a
 * busy moment on the machine weighs on both alike.
 */
async function interleavedPerSecond(a: () => unknown, b: () => unknown): Promise<[number, number]> {
  const burst = async (fn: () => unknown): Promise<number> => {
    let count = 0;
    const start = performance.now();
    while (performance.now() - start < LOOP_MS / ROUNDS) {
      await fn();
      count++;
    }
    return (count / (performance.now() - start)) * 1000;
  };
  await burst(a);
  await burst(b);
  const rates: [number[], number[]] = [[], []];
  for (let round = 0; round < ROUNDS; round++) {
    rates[0].push(await burst(a));
    rates[1].push(await burst(b));
  }
  const median = (values: number[]) =>
    values.sort((x, y) => x - y)[Math.floor(values.length / 2)] ?? 0;
  return [median(rates[0]), median(rates[1])];
}

export async function auth(): Promise<void> {
  // The pool's keys and JWKS, on loopback.
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwks = {
    keys: [{ ...(await exportJWK(publicKey)), kid: 'bench', alg: 'RS256', use: 'sig' }],
  };
  const jwksServer = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(jwks));
  });
  await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
  const address = jwksServer.address();
  const endpoint = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const issuer = `${endpoint}/${POOL}`;

  const scratch = await scratchDatabase('auth', 10);
  const { database } = scratch;
  const apps: FastifyInstance[] = [];
  try {
    const subs = await seedUsers(database, USERS, 'bench');
    const exp = Math.floor(Date.now() / 1000) + 3600;
    const sign = (payload: Record<string, unknown>) =>
      new SignJWT({ iss: issuer, iat: exp - 3600, exp, ...payload })
        .setProtectedHeader({ alg: 'RS256', kid: 'bench', typ: 'JWT' })
        .sign(privateKey);
    const idTokens = await Promise.all(
      subs.map((sub, i) =>
        sign({
          sub,
          token_use: 'id',
          aud: CLIENT,
          'cognito:username': sub,
          'custom:developer_id': `dev-${i}`,
          'custom:user_type': 'pro',
          'custom:company_name': 'Acme',
        }),
      ),
    );
    const accessTokens = await Promise.all(
      subs.map((sub) => sign({ sub, token_use: 'access', client_id: CLIENT, username: sub })),
    );

    const cognitoClient = createCognitoClient({ cognito: { endpoint, region: 'us-east-1' } });
    const serve = async (verifier: TokenVerifier): Promise<string> => {
      const app = await buildApp({
        logger: createLogger({ level: 'warn' }),
        store: postgresUserStore(database.db),
        records: postgresStore(database),
        counters: postgresCounters(database.pool, database.schema),
        cognito: {
          userPoolId: POOL,
          gateway: createCognitoGateway(cognitoClient),
          flows: createAuthFlows(cognitoClient, { clientId: CLIENT, clientSecret: undefined }),
        },
        verifier,
        claims: DEFAULT_CLAIM_SET,
        rateLimits: { perIp: 1_000_000, perEmail: 1_000_000, failuresPerEmail: 1_000_000 },
      });
      apps.push(app);
      return `${await app.listen({ host: '127.0.0.1', port: 0 })}/me/claims`;
    };
    // The bench's JWKS is served over http on loopback, as the local stack's emulator's is.
    const jwksFetcher = new LoopbackJwksFetcher();
    const plain = createTokenVerifier({
      userPoolId: POOL,
      clientId: CLIENT,
      endpoint,
      tokenUse: null,
      jwksFetcher,
    });
    const url = await serve(plain);
    const cachedUrl = await serve(
      withTokenCache(
        createTokenVerifier({
          userPoolId: POOL,
          clientId: CLIENT,
          endpoint,
          tokenUse: null,
          jwksFetcher,
        }),
      ),
    );

    const claimsPath = await load(url, idTokens);
    const dbPath = await load(url, accessTokens);
    const cachedClaimsPath = await load(cachedUrl, idTokens);

    // The cost floor, one core: RS256 verification of the same token.
    const token = idTokens[0] ?? '';
    const dot = token.lastIndexOf('.');
    const signingInput = token.slice(0, dot);
    const signature = Buffer.from(token.slice(dot + 1), 'base64url');
    await plain.verify(token);
    const [rawVerifyPerSec, verifierPerSec] = await interleavedPerSecond(
      () => createVerify('RSA-SHA256').update(signingInput).verify(publicKey, signature),
      () => plain.verify(token),
    );

    const result = {
      claimsPathRps: Math.round(claimsPath.rps),
      dbPathRps: Math.round(dbPath.rps),
      claimsPathP99Ms: claimsPath.p99Ms,
      dbPathP99Ms: dbPath.p99Ms,
      rawVerifyPerSec: Math.round(rawVerifyPerSec),
      verifierPerSec: Math.round(verifierPerSec),
      cachedClaimsPathRps: Math.round(cachedClaimsPath.rps),
      cachedClaimsPathP99Ms: cachedClaimsPath.p99Ms,
      connections: CONNECTIONS,
      durationSeconds: DURATION_SECONDS,
      failedRequests:
        claimsPath.errors +
        claimsPath.non2xx +
        dbPath.errors +
        dbPath.non2xx +
        cachedClaimsPath.errors +
        cachedClaimsPath.non2xx,
    };
    printTable('auth: GET /me/claims', [
      {
        path: '(a) claims from the id token, status read',
        rps: result.claimsPathRps,
        p99Ms: result.claimsPathP99Ms,
      },
      {
        path: '(b) access token, claims read by sub',
        rps: result.dbPathRps,
        p99Ms: result.dbPathP99Ms,
      },
      {
        path: "(a') as (a), verified-token cache",
        rps: result.cachedClaimsPathRps,
        p99Ms: result.cachedClaimsPathP99Ms,
      },
    ]);
    printTable('auth: RS256 verification, one core', [
      { loop: '(c) raw crypto.verify', perSec: result.rawVerifyPerSec },
      { loop: 'aws-jwt-verify', perSec: result.verifierPerSec },
    ]);
    console.log(
      `claims / db: ${(result.claimsPathRps / result.dbPathRps).toFixed(2)}x; verifier / raw: ${(result.verifierPerSec / result.rawVerifyPerSec).toFixed(2)}; failed requests: ${result.failedRequests}`,
    );
    await writeResult('auth', result);
    cognitoClient.destroy();
  } finally {
    for (const app of apps) await app.close();
    await scratch.drop();
    await new Promise((resolve) => jwksServer.close(resolve));
  }
}
