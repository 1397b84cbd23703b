// Imports one trigger bundle in a fresh Node process, serves one event, and prints how long
// that took from the process's start: {ms, ok}. argv: bundle path, event JSON.
const [bundle, eventJson] = process.argv.slice(2);
const { handler } = await import(bundle);
let ok = true;
try {
  await handler(JSON.parse(eventJson));
} catch {
  ok = false;
}
console.log(JSON.stringify({ ms: performance.now(), ok }));
process.exit(0);
