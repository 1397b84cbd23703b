// Runs autocannon in its own process (so the load does not share the server's event loop)
// and prints one JSON line: {rps, p99Ms, errors, non2xx}. Input: a JSON file named by argv[2]
// with {url, tokens, connections, durationSeconds}.
import { readFile } from 'node:fs/promises';
import autocannon from 'autocannon';

interface Job {
  url: string;
  tokens: string[];
  connections: number;
  durationSeconds: number;
}

const job = JSON.parse(await readFile(process.argv[2] ?? '', 'utf8')) as Job;
let next = 0;
const result = await autocannon({
  url: job.url,
  connections: job.connections,
  duration: job.durationSeconds,
  requests: [
    {
      method: 'GET',
      setupRequest: (request) => {
        const token = job.tokens[next++ % job.tokens.length];
        return { ...request, headers: { ...request.headers, authorization: `Bearer ${token}` } };
      },
    },
  ],
});
console.log(
  JSON.stringify({
    rps: result.requests.average,
    p99Ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    total: result.requests.total,
  }),
);
