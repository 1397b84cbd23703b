import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { AdminUpdateUserAttributesCommand } from '@aws-sdk/client-cognito-identity-provider';
import { GetQueueAttributesCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localSqsClient } from '../../src/local/local-sqs.ts';
import { call, emulatorClient, startTestStack, type TestStack } from '../support/test-stack.ts';

const PASSWORD = 'Corr3ct-Horse!';
/** The local admin's password (LOCAL_ADMIN_PASSWORD's default, docs/local-stack.md). */
const ADMIN_PASSWORD = 'Console-Admin-1';
/** Debian's Chromium (`apt-get install chromium`; .ci/run installs it when missing). */
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
/** CloudTrail's record of a user-level Cognito call, as AWS publishes it (test/fixtures/aws). */
const CLOUDTRAIL_SAMPLE = JSON.parse(
  readFileSync(
    new URL('../fixtures/aws/cloudtrail-admin-disable-user.json', import.meta.url),
    'utf8',
  ),
) as { detail: Record<string, unknown> };
/** Where each page's screenshot goes: docs/console.md shows them. */
const SCREENSHOTS = new URL('../../docs/console/', import.meta.url);

/**
 * The admin console in a real browser (Debian's Chromium, driven by playwright-core), on the
 * local stack: an operator signs in, finds a user drifted in Cognito, mends it, runs and
 * applies a reconcile, redrives a dead letter and erases a user, without a terminal.
 */
describe('the admin console in Chromium', () => {
  let stack: TestStack;
  let browser: Browser;
  let page: Page;
  let adminToken: string;
  const subs: Record<string, string> = {};

  async function signUp(email: string, name: string): Promise<string> {
    const signup = await call(stack, 'POST', '/auth/signup', {
      body: { email, password: PASSWORD, name },
    });
    expect(signup.status).toBe(201);
    expect(
      (await call(stack, 'POST', '/auth/confirm', { body: { email, code: stack.info.code } }))
        .status,
    ).toBe(200);
    return (signup.body as { sub: string }).sub;
  }

  async function signIn(email: string, password = PASSWORD): Promise<void> {
    await page.goto(`${stack.info.apiUrl}/console`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  async function screenshot(name: string): Promise<void> {
    await page.screenshot({ path: new URL(`${name}.png`, SCREENSHOTS).pathname, fullPage: true });
  }

  beforeAll(async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    // The stack's own admin, as `npm start` makes it: no terminal needed to sign in.
    stack = await startTestStack({ LOCAL_ADMIN_EMAIL: 'admin@example.com' });
    subs['ada'] = await signUp('ada@example.com', 'Ada');
    subs['grace'] = await signUp('grace@example.com', 'Grace');
    await signUp('user@example.com', 'User');
    const login = await call(stack, 'POST', '/auth/login', {
      body: { email: 'admin@example.com', password: ADMIN_PASSWORD },
    });
    adminToken = (login.body as { idToken: string }).idToken;
    subs['admin'] = (
      JSON.parse(Buffer.from(adminToken.split('.')[1] ?? '', 'base64url').toString()) as {
        sub: string;
      }
    ).sub;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('is served with a policy that allows only its own origin, and refuses a non-admin', async () => {
    const answer = await fetch(`${stack.info.apiUrl}/console`);
    expect(answer.headers.get('content-security-policy')).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    );
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) violations.push(message.text());
    });
    await signIn('user@example.com');
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('Only members of the admin group can use the console.');
    await expect.poll(() => page.getByRole('navigation').isVisible()).toBe(false);
    await signIn('admin@example.com', ADMIN_PASSWORD);
    await page.getByRole('heading', { name: 'Users' }).waitFor();
    await expect.poll(() => page.getByRole('cell', { name: 'ada@example.com' }).count()).toBe(1);
    await screenshot('users');
    expect(violations).toEqual([]);
  });

  it('shows a user drifted in Cognito with the difference, and mends it with "Sync this user"', async () => {
    // Changed in the emulator behind usersync's back: the change feed never heard of it.
    await emulatorClient(stack.info.cognitoEndpoint).send(
      new AdminUpdateUserAttributesCommand({
        UserPoolId: stack.info.userPoolId,
        Username: 'ada@example.com',
        UserAttributes: [{ Name: 'name', Value: 'Ada Lovelace' }],
      }),
    );
    await page.getByLabel('Value').fill('ada@');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('link', { name: 'ada@example.com' }).click();
    const differences = page.getByRole('list', { name: 'Differences' });
    await expect.poll(() => differences.textContent()).toContain('name: the store has Ada');
    await expect.poll(() => differences.textContent()).toContain('Cognito Ada Lovelace');
    await screenshot('user');

    await page.getByRole('button', { name: 'Sync this user' }).click();
    await page.getByText('The store and Cognito agree.').waitFor();
    const record = await call(stack, 'GET', `/admin/users/${subs['ada']}`, { token: adminToken });
    expect(record.body).toMatchObject({ store: { name: 'Ada Lovelace' }, differences: [] });
    // Its event, and the audit entry naming the admin.
    const events = await call(stack, 'GET', '/admin/events?type=user.updated', {
      token: adminToken,
    });
    const { recent } = events.body as { recent: { type: string; userId: string }[] };
    expect(recent.length).toBeGreaterThan(0);
    const audit = await call(stack, 'GET', `/admin/audit?target=${subs['ada']}`, {
      token: adminToken,
    });
    expect((audit.body as { items: unknown[] }).items[0]).toMatchObject({
      actor: subs['admin'],
      action: 'user.sync',
      outcome: 'done',
      detail: { decisions: ['updated'] },
    });
  });

  it('starts a dry run, reads its report, and applies it', async () => {
    // Drift the store this time: a stale name only a reconcile would find.
    await emulatorClient(stack.info.cognitoEndpoint).send(
      new AdminUpdateUserAttributesCommand({
        UserPoolId: stack.info.userPoolId,
        Username: 'grace@example.com',
        UserAttributes: [{ Name: 'name', Value: 'Grace Hopper' }],
      }),
    );
    await page.getByRole('link', { name: 'Runs' }).click();
    await page.getByRole('button', { name: 'Start a dry run' }).click();
    await page.getByRole('heading', { name: 'Run of sync (dry run)' }).waitFor();
    await page.getByRole('button', { name: 'Apply this run' }).waitFor();
    expect(await page.getByRole('cell', { name: 'grace@example.com' }).count()).toBe(1);
    await screenshot('run');
    await page.getByRole('button', { name: 'Apply this run' }).click();
    await page.getByRole('heading', { name: 'Run of sync', exact: true }).waitFor();
    await expect
      .poll(() => page.getByText('Status: completed').count(), { timeout: 20_000 })
      .toBe(1);
    const record = await call(stack, 'GET', `/admin/users/${subs['grace']}`, {
      token: adminToken,
    });
    expect(record.body).toMatchObject({ store: { name: 'Grace Hopper' }, differences: [] });
    await page.getByRole('link', { name: 'Runs' }).click();
    await page.getByRole('heading', { name: 'Runs' }).waitFor();
    await screenshot('runs');
  });

  it('redrives a dead letter from the events page, and the consumer takes it', async () => {
    const queues = stack.info.queues['cognitoChanges'];
    if (queues === undefined) throw new Error('the local stack has no cognitoChanges queue');
    const sqs = localSqsClient(stack.info.sqsEndpoint);
    // A change-feed message the consumer gave up on, as CloudTrail's sample has it: once
    // redriven, the consumer re-reads the user from Cognito and succeeds.
    await sqs.send(
      new SendMessageCommand({
        QueueUrl: queues.deadLetterUrl,
        MessageBody: JSON.stringify({
          ...CLOUDTRAIL_SAMPLE,
          detail: {
            ...CLOUDTRAIL_SAMPLE.detail,
            eventName: 'AdminUpdateUserAttributes',
            eventID: randomUUID(),
            requestParameters: {
              userPoolId: stack.info.userPoolId,
              username: 'HIDDEN_DUE_TO_SECURITY_REASONS',
            },
            additionalEventData: { sub: subs['ada'] },
          },
        }),
      }),
    );
    await page.getByRole('link', { name: 'Events' }).click();
    const redrive = page.getByRole('button', { name: 'Redrive cognitoChanges' });
    await expect.poll(() => redrive.isEnabled()).toBe(true);
    await screenshot('events');
    await redrive.click();
    await expect.poll(() => redrive.isDisabled()).toBe(true);
    const { Attributes } = await sqs.send(
      new GetQueueAttributesCommand({
        QueueUrl: queues.deadLetterUrl,
        AttributeNames: ['ApproximateNumberOfMessages'],
      }),
    );
    expect(Attributes?.ApproximateNumberOfMessages).toBe('0');
    // Consumed, not sent back: the source queue empties and nothing returns to the DLQ.
    await expect
      .poll(
        async () =>
          (
            await sqs.send(
              new GetQueueAttributesCommand({
                QueueUrl: queues.queueUrl,
                AttributeNames: [
                  'ApproximateNumberOfMessages',
                  'ApproximateNumberOfMessagesNotVisible',
                ],
              }),
            )
          ).Attributes,
        { timeout: 15_000 },
      )
      .toEqual({ ApproximateNumberOfMessages: '0', ApproximateNumberOfMessagesNotVisible: '0' });
    const audit = await call(stack, 'GET', '/admin/audit?target=cognitoChanges', {
      token: adminToken,
    });
    expect((audit.body as { items: unknown[] }).items[0]).toMatchObject({
      action: 'dead-letters.redrive',
      outcome: 'done',
      detail: { moved: 1 },
    });
    sqs.destroy();
  });

  it('erases a user once their sub is typed, and their personal data is gone', async () => {
    await page.goto(`${stack.info.apiUrl}/console#/users/${subs['grace']}`);
    const erase = page.getByRole('form', { name: 'Erase user' });
    await erase.getByLabel("Type the user's sub to erase").fill('not the sub');
    await erase.getByRole('button', { name: 'Erase user' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('VALIDATION_FAILED');
    await erase.getByLabel("Type the user's sub to erase").fill(subs['grace'] ?? '');
    await erase.getByRole('button', { name: 'Erase user' }).click();
    await page.getByRole('heading', { name: /^User / }).waitFor();
    await expect
      .poll(
        async () =>
          (
            (await call(stack, 'GET', `/admin/users/${subs['grace']}`, { token: adminToken }))
              .body as { store: unknown }
          ).store,
      )
      .toMatchObject({ email: null, name: null, phone: null, status: 'deleted', profile: {} });
    const audit = await call(stack, 'GET', `/admin/audit?target=${subs['grace']}&limit=1`, {
      token: adminToken,
    });
    expect(JSON.stringify(audit.body)).not.toContain('grace@example.com');
    expect((audit.body as { items: unknown[] }).items[0]).toMatchObject({
      action: 'user.erase',
      outcome: 'done',
    });
  });

  it('shows health and the audit log', async () => {
    await page.getByRole('link', { name: 'Health' }).click();
    await page.getByRole('heading', { name: 'Store' }).waitFor();
    expect(await page.getByText('Needs attention').count()).toBe(0);
    await screenshot('health');
    await page.getByRole('link', { name: 'Audit' }).click();
    // The erase's entries: started, then done.
    await page.getByRole('cell', { name: 'user.erase' }).first().waitFor();
    await screenshot('audit');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to the usersync console' }).waitFor();
  });
});
