import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { clientTypes, openApiDocument } from '../../scripts/openapi-document.ts';

// usersync/client's types are made from the API's OpenAPI document: when a route changes and
// the committed document or types do not, this fails (npm run docs:config writes both).

describe("the client's types", () => {
  it('are made from the OpenAPI document the API serves, as committed', async () => {
    const document = await openApiDocument();
    const committed = await readFile(new URL('../../schema/openapi.json', import.meta.url), 'utf8');
    expect(committed, 'schema/openapi.json drifted: run npm run docs:config').toBe(document);
    const types = await readFile(new URL('../../src/client/api-types.ts', import.meta.url), 'utf8');
    expect(types, 'src/client/api-types.ts drifted: run npm run docs:config').toBe(
      await clientTypes(document),
    );
  });
});
