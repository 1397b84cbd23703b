import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';
import { AURORA } from '../../support/team-tables.ts';

describe("docs/adopt.md's example", () => {
  it('is the file docs/examples/usersync.adopt.json, and maps the Aurora table the tests adopt', () => {
    const example = new URL('../../docs/examples/usersync.adopt.json', import.meta.url);
    const page = readFileSync(new URL('../../docs/adopt.md', import.meta.url), 'utf8');
    const block = /```json\n([\s\S]*?)```/.exec(page)?.[1];
    expect(JSON.parse(block ?? 'null')).toEqual(JSON.parse(readFileSync(example, 'utf8')));
    const config = loadConfig({ USERSYNC_CONFIG: example.pathname });
    expect(config.users).toEqual(AURORA.mapping);
    expect(config.claims).toEqual(AURORA.claims);
  });
});
