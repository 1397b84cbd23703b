import { z } from 'zod';
import { CHALLENGE_NAMES, type Challenge } from '../cognito/challenges.ts';
import type { PendingChallenge } from '../cognito/auth-flows.ts';
import { UsersyncError } from '../domain/errors.ts';

/**
 * The `session` a client gets with a challenge and sends back with its answer: Cognito's
 * session, with the challenge's name and the username the answer must give. It is not
 * sealed: Cognito binds its session to the user and the step, so a changed username or
 * name is refused there (`SESSION_EXPIRED`). It is as secret as Cognito's session, and is
 * never logged.
 */
const envelopeSchema = z.strictObject({
  v: z.literal(1),
  n: z.enum(CHALLENGE_NAMES),
  u: z.string().min(1).max(512),
  s: z.string().min(1).max(16_384),
});

/** The client's `session` for a challenge. */
export function sealChallenge(challenge: Challenge): string {
  const envelope = { v: 1, n: challenge.name, u: challenge.username, s: challenge.session };
  return Buffer.from(JSON.stringify(envelope)).toString('base64url');
}

/** The challenge a client's `session` stands for; `VALIDATION_FAILED` when it is not one. */
export function openChallenge(session: string): PendingChallenge {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(session, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const envelope = envelopeSchema.safeParse(parsed);
  if (!envelope.success) {
    throw new UsersyncError('VALIDATION_FAILED', 'session is not a sign-in session of this API.', {
      context: { field: 'session' },
    });
  }
  return { name: envelope.data.n, username: envelope.data.u, session: envelope.data.s };
}
