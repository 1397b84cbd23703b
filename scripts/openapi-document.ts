// The API's OpenAPI document and the client's types made from it: `npm run docs:config`
// writes both (schema/openapi.json, src/client/api-types.ts), and a test fails when the
// committed files drift from what the API declares.
import openapiTS, { astToString } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { fakeApp } from '../test/support/fake-app.ts';

/** The document the API serves at /docs/json (the default claim set), as JSON text. */
export async function openApiDocument(): Promise<string> {
  const fake = await fakeApp();
  try {
    const document = (await fake.app.inject({ method: 'GET', url: '/docs/json' })).json<object>();
    return format(JSON.stringify(document), await prettierOptions('schema/openapi.json'));
  } finally {
    await fake.close();
  }
}

/** The TypeScript types of `document`'s paths, as openapi-typescript writes them. */
export async function clientTypes(document: string): Promise<string> {
  const ast = await openapiTS(JSON.parse(document) as Parameters<typeof openapiTS>[0]);
  const header = [
    "// Written by `npm run docs:config` (scripts/openapi-document.ts) from the API's OpenAPI",
    '// document, schema/openapi.json, with openapi-typescript. Do not edit: a test fails when',
    '// this file and the document drift apart.',
    '',
  ].join('\n');
  return format(header + astToString(ast), await prettierOptions('src/client/api-types.ts'));
}

/** The repository's Prettier settings for a file, so that `prettier --check` agrees. */
async function prettierOptions(file: string) {
  const filepath = new URL(`../${file}`, import.meta.url).pathname;
  return { ...(await resolveConfig(filepath)), filepath };
}
