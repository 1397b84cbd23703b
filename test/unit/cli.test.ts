import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { Output } from '../../src/cli/output.ts';

function captured(): Output & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (text) => stdout.push(text), err: (text) => stderr.push(text) };
}

describe('usersync CLI', () => {
  it('prints help and exits 0', async () => {
    const output = captured();
    expect(await main(['node', 'usersync', '--help'], output)).toBe(0);
    expect(output.stdout.join('\n')).toContain('Usage: usersync');
  });

  it('exits 2 with a message on stderr for an unknown command or option', async () => {
    const unknownCommand = captured();
    expect(await main(['node', 'usersync', 'bogus'], unknownCommand)).toBe(2);
    expect(unknownCommand.stderr.join('\n')).toContain("unknown command 'bogus'");
    const unknownOption = captured();
    expect(await main(['node', 'usersync', 'db', 'migrate', '--nope'], unknownOption)).toBe(2);
    expect(unknownOption.stderr.join('\n')).toContain("unknown option '--nope'");
  });

  it('exits 2 on a sync --sub that is not a Cognito sub, before touching anything', async () => {
    const output = captured();
    expect(await main(['node', 'usersync', 'sync', '--sub', 'not-a-uuid'], output)).toBe(2);
    expect(output.stderr.join('\n')).toContain('takes a Cognito sub');
  });

  it('exits 2 on a role name that could not be a claim, before touching anything', async () => {
    const output = captured();
    const argv = ['node', 'usersync', 'user', 'set', 'a@example.com', '--roles', 'ok,not ok'];
    expect(await main(argv, output)).toBe(2);
    expect(output.stderr.join('\n')).toContain('"not ok" is not a role name');
  });

  it('exits 2 on a --claim the claim set does not have, or a value that does not fit it, before touching anything', async () => {
    const base = ['node', 'usersync', 'user', 'set', 'a@example.com'];
    const unknown = captured();
    expect(await main([...base, '--claim', 'tenant_id=t-1'], unknown)).toBe(2);
    expect(unknown.stderr.join('\n')).toContain('NAME one of custom:developer_id');
    const long = captured();
    const argv = [...base, '--claim', `custom:user_type=${'x'.repeat(65)}`];
    expect(await main(argv, long)).toBe(2);
    expect(long.stderr.join('\n')).toContain('--claim custom:user_type must take at most 66 bytes');
  });

  it('exits 2 on a trigger attach that names an unknown trigger or no Lambda ARN, before any call', async () => {
    const base = ['node', 'usersync', 'triggers', 'attach', '--pool-id', 'us-east-1_Pool'];
    const unknown = captured();
    const arn = 'arn:aws:lambda:us-east-1:123456789012:function:usersync-pre-sign-up';
    expect(await main([...base, '--function', `custom-message=${arn}`], unknown)).toBe(2);
    expect(unknown.stderr.join('\n')).toContain('TRIGGER one of pre-sign-up');
    const notArn = captured();
    expect(await main([...base, '--function', 'pre-sign-up=my-function'], notArn)).toBe(2);
    expect(notArn.stderr.join('\n')).toContain('Lambda function ARN');
    const version = captured();
    const argv = [...base, '--function', `pre-sign-up=${arn}`, '--pre-token-version', 'V9'];
    expect(await main(argv, version)).toBe(2);
    expect(version.stderr.join('\n')).toContain('V1_0');
    const noPool = captured();
    expect(await main(['node', 'usersync', 'triggers', 'detach'], noPool)).toBe(2);
    expect(noPool.stderr.join('\n')).toContain('--pool-id');
  });

  it('exits 1 naming the variable when the configuration is bad', async () => {
    const output = captured();
    const saved = process.env['DATABASE_URL'];
    process.env['DATABASE_URL'] = 'mysql://nope';
    try {
      expect(await main(['node', 'usersync', 'db', 'migrate'], output)).toBe(1);
    } finally {
      if (saved === undefined) delete process.env['DATABASE_URL'];
      else process.env['DATABASE_URL'] = saved;
    }
    expect(output.stderr).toEqual([expect.stringContaining('DATABASE_URL must be a postgres://')]);
    expect(output.stderr[0]).toContain('[CONFIG_INVALID]');
  });

  it('refuses to relay without an event bus, exit 1', async () => {
    const output = captured();
    const saved = process.env['EVENT_BUS_NAME'];
    delete process.env['EVENT_BUS_NAME'];
    try {
      expect(await main(['node', 'usersync', 'relay', '--once'], output)).toBe(1);
    } finally {
      if (saved !== undefined) process.env['EVENT_BUS_NAME'] = saved;
    }
    expect(output.stderr.join('\n')).toContain('EVENT_BUS_NAME must be set');
  });
});
