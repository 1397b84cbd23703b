import { writeFile } from 'node:fs/promises';
import { configurationReference } from '../src/config/reference.ts';

// Writes docs/configuration.md from the configuration table (src/config/config.ts).
await writeFile(new URL('../docs/configuration.md', import.meta.url), configurationReference());
