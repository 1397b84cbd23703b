import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url);

describe('docs/sdk.md', () => {
  it('shows each example as the file the package tests run, byte for byte', async () => {
    const doc = await readFile(new URL('docs/sdk.md', ROOT), 'utf8');
    const examples = [...doc.matchAll(/<!-- example: (\S+) -->\n\n```\w+\n([\s\S]*?)\n```/g)];
    expect(examples.map(([, file]) => file)).toEqual([
      'docs/examples/sdk/express/app.mjs',
      'docs/examples/sdk/express/typed.ts',
      'docs/examples/sdk/fastify/app.mjs',
      'docs/examples/sdk/nestjs/src/app.module.ts',
      'docs/examples/sdk/next/lib/usersync.js',
      'docs/examples/sdk/next/app/api/me/route.js',
      'docs/examples/sdk/next/app/page.js',
      'docs/examples/sdk/next/next.config.mjs',
      'docs/examples/sdk/lambda/handler.mjs',
      'docs/examples/sdk/client/sign-in.mjs',
      'docs/examples/sdk/cdk/lib/cognito-stack.mjs',
    ]);
    for (const [, file, shown] of examples) {
      const actual = await readFile(new URL(file!, ROOT), 'utf8');
      expect(shown, file).toBe(actual.replace(/\n$/, ''));
    }
  });
});
