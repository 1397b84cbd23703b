// `npm run build`: the package `npm pack` ships. ESM JavaScript with type declarations
// (tsc, tsconfig.build.json) under dist/js; the local stack's stand-ins (.mjs, run inside
// cognito-local's process) beside their sources; the admin console's files; the JSON
// Schemas under dist/schema.
import { execFileSync } from 'node:child_process';
import { cp, readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'dist/js');

await rm(OUT, { recursive: true, force: true });
await rm(path.join(ROOT, 'dist/schema'), { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {
  cwd: ROOT,
  stdio: 'inherit',
});
for (const file of await readdir(path.join(ROOT, 'src/local'))) {
  if (file.endsWith('.mjs'))
    await cp(path.join(ROOT, 'src/local', file), path.join(OUT, 'local', file));
}
await cp(path.join(ROOT, 'src/console'), path.join(OUT, 'console'), { recursive: true });
await cp(path.join(ROOT, 'schema'), path.join(ROOT, 'dist/schema'), { recursive: true });
