// Writes schema/events/<type>.json, the JSON Schema of each event type, from the one zod
// definition (src/domain/event-schemas.ts). A test fails when the files drift from it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { eventJsonSchema } from '../src/domain/event-schemas.ts';
import { EVENT_TYPES } from '../src/domain/events.ts';

const dir = new URL('../schema/events/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const type of EVENT_TYPES) {
  writeFileSync(
    new URL(`${type}.json`, dir),
    `${JSON.stringify(eventJsonSchema(type), null, 2)}\n`,
  );
}
