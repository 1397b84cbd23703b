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
