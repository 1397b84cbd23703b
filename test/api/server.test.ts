import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiServer } from '../../src/api/server.ts';
import { loadConfig } from '../../src/config/config.ts';
import { isUsersyncError } from '../../src/domain/errors.ts';
import { freePort } from '../../src/local/ports.ts';
import { createLogger } from '../../src/logging/logger.ts';

// The API's composition root built from the environment alone. Cognito is a small HTTP
// server on 127.0.0.1 that records what the API sends (the AWS JSON protocol) and refuses
// the sign-in as Cognito does: the point is what the API puts in the request, which no
// emulator shows.

const logger = createLogger({ level: 'silent' });

describe('the API server built from config', () => {
  let cognito: Server;
  let endpoint: string;
  const calls: { target: string; body: Record<string, unknown> }[] = [];

  beforeAll(async () => {
    cognito = createServer((request, response) => {
      let text = '';
      request.on('data', (chunk: Buffer) => (text += chunk.toString()));
      request.on('end', () => {
        calls.push({
          target: String(request.headers['x-amz-target']),
          body: JSON.parse(text) as Record<string, unknown>,
        });
        response.writeHead(400, { 'content-type': 'application/x-amz-json-1.1' });
        response.end(
          JSON.stringify({
            __type: 'NotAuthorizedException',
            message: 'Incorrect username or password.',
          }),
        );
      });
    });
    await new Promise<void>((resolve) => cognito.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(cognito.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => cognito?.close(resolve));
  });

  async function environment(extra: Record<string, string>) {
    return {
      // A port nobody listens on: these requests never reach the database.
      DATABASE_URL: `postgres://postgres@127.0.0.1:${await freePort()}/none`,
      COGNITO_USER_POOL_ID: 'us-east-1_Server',
      COGNITO_CLIENT_ID: '5serverclient0example0abcde',
      COGNITO_ENDPOINT: endpoint,
      ...extra,
    };
  }

  it('signs in with the configured app client and its secret (SECRET_HASH)', async () => {
    const config = loadConfig(await environment({ COGNITO_CLIENT_SECRET: 'the-client-secret' }));
    const server = await openApiServer(config, logger);
    try {
      expect((await server.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
      calls.length = 0;
      const response = await server.app.inject({
        method: 'POST',
        url: '/auth/login',
        payload: { email: 'ada@example.com', password: 'Wrong-passw0rd!' },
      });
      expect(response.statusCode).toBe(401);
      const login = calls.find((call) => call.target.endsWith('.InitiateAuth'));
      expect(login?.body['ClientId']).toBe('5serverclient0example0abcde');
      const parameters = login?.body['AuthParameters'] as Record<string, string>;
      expect(parameters['SECRET_HASH']).toBe(
        createHmac('sha256', 'the-client-secret')
          .update('ada@example.com5serverclient0example0abcde')
          .digest('base64'),
      );
    } finally {
      await server.close();
    }
  });

  it('sends no SECRET_HASH for a public client, and honours the rate limit it is given', async () => {
    const config = loadConfig(await environment({ AUTH_RATE_LIMIT_PER_EMAIL: '2' }));
    const server = await openApiServer(config, logger);
    try {
      calls.length = 0;
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 3; attempt++) {
        const response = await server.app.inject({
          method: 'POST',
          url: '/auth/login',
          payload: { email: 'bob@example.com', password: 'Wrong-passw0rd!' },
        });
        statuses.push(response.statusCode);
      }
      expect(statuses).toEqual([401, 401, 429]);
      const parameters = calls[0]?.body['AuthParameters'] as Record<string, string>;
      expect(parameters).not.toHaveProperty('SECRET_HASH');
      expect(calls).toHaveLength(2);
    } finally {
      await server.close();
    }
  });

  it('refuses to start without the app client, naming the variable', async () => {
    const { COGNITO_CLIENT_ID: _omitted, ...rest } = await environment({});
    const failure = await openApiServer(loadConfig(rest), logger).catch((error: unknown) => error);
    expect(isUsersyncError(failure, 'CONFIG_INVALID')).toBe(true);
    expect((failure as Error).message).toContain('COGNITO_CLIENT_ID');
  });
});
