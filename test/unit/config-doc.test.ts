import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import prettier from 'prettier';
import { configurationReference } from '../../src/config/reference.ts';

describe('docs/configuration.md', () => {
  it('is what the configuration table generates (run npm run docs:config after a change)', async () => {
    const file = new URL('../../docs/configuration.md', import.meta.url);
    const options = (await prettier.resolveConfig(file.pathname)) ?? {};
    const expected = await prettier.format(configurationReference(), {
      ...options,
      parser: 'markdown',
    });
    expect(await readFile(file, 'utf8')).toBe(expected);
  });
});
