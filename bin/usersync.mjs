#!/usr/bin/env node
// The `usersync` command. Installed from the package, it runs the built JavaScript
// (dist/js); in a checkout of the repository (where src/ is), it runs the TypeScript
// sources through tsx's loader, so that no build step stands between an edit and a run.
import { existsSync } from 'node:fs';

// The SDK warns on every start that its releases from 2027 need Node 22; package-lock.json
// pins releases that support Node 20 (see the README), so the warning is noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const checkout = existsSync(new URL('../src/cli/main.ts', import.meta.url));
if (checkout) {
  const { register } = await import('tsx/esm/api');
  register();
}
const { main } = await import(checkout ? '../src/cli/main.ts' : '../dist/js/cli/main.js');
process.exit(await main(process.argv));
