// `npm run bench -- NAME…`: runs the named benchmarks (all when none is named). Each prints
// a table and writes bench/results/NAME.json.
// `npm run bench` turns off the AWS SDK's notice that its 2027 releases need Node 22: it
// is not a benchmark result.
import { auth } from './auth.ts';
import { changes } from './changes.ts';
import { dbUpsert } from './db-upsert.ts';
import { delivery } from './delivery.ts';
import { pipeline } from './pipeline.ts';
import { quotas } from './quotas.ts';
import { signIn } from './sign-in.ts';
import { sync } from './sync.ts';
import { syncScale } from './sync-scale.ts';
import { triggers } from './triggers.ts';

const BENCHMARKS: Record<string, () => Promise<void>> = {
  'db-upsert': dbUpsert,
  auth,
  triggers,
  pipeline,
  sync,
  delivery,
  changes,
  'sync-scale': syncScale,
  quotas,
  'sign-in': signIn,
};

const names = process.argv.slice(2);
const unknown = names.filter((name) => !(name in BENCHMARKS));
if (unknown.length > 0) {
  console.error(
    `Unknown benchmark: ${unknown.join(', ')}. Known: ${Object.keys(BENCHMARKS).join(', ')}`,
  );
  process.exit(2);
}
for (const name of names.length > 0 ? names : Object.keys(BENCHMARKS)) {
  await BENCHMARKS[name]?.();
}
