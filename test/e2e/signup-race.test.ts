import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestStack, type TestStack } from '../support/test-stack.ts';

/** One email, one account, however many sign up at once and in whatever letter case. */
describe('concurrent sign-ups of one email on the local stack', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack?.close();
  });

  it('gives exactly one 201, 409 USER_EXISTS to the rest, one Cognito user, and no function name', async () => {
    const variants = Array.from({ length: 200 }, (_, i) => {
      const local = [...'same.person']
        .map((char, j) => ((i >> j) & 1 ? char.toUpperCase() : char))
        .join('');
      return `${local}@Example.com`;
    });
    const answers = await Promise.all(
      variants.map((email) =>
        call(stack, 'POST', '/auth/signup', { body: { email, password: 'Corr3ct-Horse!' } }),
      ),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(199);
    for (const answer of answers.filter((one) => one.status === 409)) {
      expect(answer.body).toMatchObject({ error: { code: 'USER_EXISTS' } });
      expect(answer.text).not.toContain('usersync-');
    }
    const { gateway, userPoolId } = stack.dependencies.cognito;
    const { users } = await gateway.listUsersPage(userPoolId);
    expect(
      users.filter((user) => user.attributes['email']?.toLowerCase() === 'same.person@example.com'),
    ).toHaveLength(1);
  }, 120_000);
});
