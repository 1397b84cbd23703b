#!/usr/bin/env node
// The `usersync` command. It runs the TypeScript sources through tsx's loader, so a
// fresh `npm install` is all it needs (no build step).
import { register } from 'tsx/esm/api';

// The SDK warns on every start that its releases from 2027 need Node 22; package-lock.json
// pins releases that support Node 20 (see the README), so the warning is noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
register();
const { main } = await import('../src/cli/main.ts');
process.exit(await main(process.argv));
