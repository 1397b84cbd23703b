// fauxqs in a process of its own on 127.0.0.1 (so the load shares no event loop with it):
// prints its endpoint, runs until killed.
import { buildApp } from 'fauxqs';

const app = buildApp({ logger: false, host: '127.0.0.1' });
const endpoint = await app.listen({ host: '127.0.0.1', port: 0 });
console.log(endpoint);
process.on('SIGTERM', () => app.close().then(() => process.exit(0)));
