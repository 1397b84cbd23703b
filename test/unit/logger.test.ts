import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logging/logger.ts';
import { captureLog as capture } from '../support/log-capture.ts';

describe('logger', () => {
  it('redacts secrets and masks emails, at the top level and nested', () => {
    const { stream, lines } = capture();
    const log = createLogger({ destination: stream });
    log.info(
      {
        email: 'ada@example.com',
        password: 'hunter22',
        body: { email: 'bob@example.com', newPassword: 'x', code: '123456' },
        tokens: { idToken: 'eyJ', refreshToken: 'r' },
        req: { headers: { authorization: 'Bearer eyJ' } },
      },
      'signed up',
    );
    const [line] = lines();
    const text = JSON.stringify(line);
    expect(line).toMatchObject({
      msg: 'signed up',
      email: 'a***@example.com',
      password: '[REDACTED]',
      body: { email: 'b***@example.com', newPassword: '[REDACTED]', code: '[REDACTED]' },
      tokens: { idToken: '[REDACTED]', refreshToken: '[REDACTED]' },
      req: { headers: { authorization: '[REDACTED]' } },
    });
    for (const secret of ['hunter22', 'ada@example.com', 'bob@example.com', '123456', 'eyJ']) {
      expect(text).not.toContain(secret);
    }
  });
});

describe('logger, at any depth', () => {
  it('masks emails in arrays, in text and in database errors, and keeps error codes', () => {
    const { stream, lines } = capture();
    const log = createLogger({ destination: stream });
    const duplicate = Object.assign(new Error('duplicate key value violates unique constraint'), {
      code: '23505',
      detail: 'Key (lower(email))=(bob@example.com) already exists.',
    });
    log.warn(
      {
        sync: { details: [{ email: 'carol@example.com', status: 'updated' }, ['dan@example.com']] },
        err: duplicate,
        error: { code: 'USER_EXISTS' },
        deep: { a: { b: { c: { d: { confirmationCode: '999999', code: '654321' } } } } },
      },
      'failed for erin@example.com with eyJhbGciOi.eyJzdWIiOi.c2lnbmF0dXJl',
    );
    const [line] = lines();
    const text = JSON.stringify(line);
    for (const secret of [
      'bob@example.com',
      'carol@example.com',
      'dan@example.com',
      'erin@example.com',
      'eyJhbGciOi',
      '999999',
      '654321',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(line).toMatchObject({
      msg: 'failed for e***@example.com with [REDACTED]',
      sync: { details: [{ email: 'c***@example.com', status: 'updated' }, ['d***@example.com']] },
      err: { code: '23505', detail: 'Key (lower(email))=(b***@example.com) already exists.' },
      error: { code: 'USER_EXISTS' },
    });
  });

  it('cuts a cycle, masks what the cycle holds, and writes a value shared by two branches in both', () => {
    const { stream, lines } = capture();
    const log = createLogger({ destination: stream });
    const user: Record<string, unknown> = { email: 'gina@example.com' };
    user['self'] = user;
    const looped = new Error('failed for hal@example.com');
    Object.assign(looped, { cause: looped, rows: [user] });
    const shared = { email: 'ivy@example.com' };
    log.error({ user, err: looped, first: shared, second: shared }, 'cyclic');
    const [line] = lines();
    const text = JSON.stringify(line);
    for (const email of ['gina@example.com', 'hal@example.com', 'ivy@example.com']) {
      expect(text).not.toContain(email);
    }
    expect(line).toMatchObject({
      msg: 'cyclic',
      user: { email: 'g***@example.com', self: '[Circular]' },
      err: { message: expect.stringMatching(/^failed for h\*\*\*@example\.com/) as unknown },
      first: { email: 'i***@example.com' },
      second: { email: 'i***@example.com' },
    });
  });

  it("leaves values that are not plain data to pino's serializers, in a child logger too", () => {
    const { stream, lines } = capture();
    const log = createLogger({ destination: stream }).child({ component: 'test' });
    const when = new Date('2026-12-03T00:00:00Z');
    log.info({ at: when, list: [], user: { email: 'frank@example.com' } }, 'bound');
    const [line] = lines();
    expect(line).toMatchObject({
      component: 'test',
      at: when.toISOString(),
      list: [],
      user: { email: 'f***@example.com' },
    });
  });
});
