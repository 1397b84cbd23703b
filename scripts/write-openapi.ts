// Writes schema/openapi.json and src/client/api-types.ts (see scripts/openapi-document.ts).
import { writeFileSync } from 'node:fs';
import { clientTypes, openApiDocument } from './openapi-document.ts';

const document = await openApiDocument();
writeFileSync(new URL('../schema/openapi.json', import.meta.url), document);
writeFileSync(new URL('../src/client/api-types.ts', import.meta.url), await clientTypes(document));
