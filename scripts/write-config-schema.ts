// Writes schema/usersync.config.schema.json, the JSON Schema of usersync.config.json that
// editors read, from the one zod definition the runtime checks the file with.
import { writeFileSync } from 'node:fs';
import { configFileJsonSchema } from '../src/config/file.ts';

writeFileSync(
  new URL('../schema/usersync.config.schema.json', import.meta.url),
  `${JSON.stringify(configFileJsonSchema(), null, 2)}\n`,
);
