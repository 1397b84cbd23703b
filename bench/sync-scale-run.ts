// One reconcile at one pool size, in a process of its own so that its peak RSS is the
// reconcile's: `tsx bench/sync-scale-run.ts USERS DATABASE_URL` prints one JSON line.
// The simulated Cognito (a gateway) makes its users from their index on the fly (no
// latency, pages of 60, the 16 sub-prefix segments), so it holds almost nothing itself.
import { createHash } from 'node:crypto';
import type { CognitoGateway, CognitoUser } from '../src/cognito/gateway.ts';
import { connectPostgres } from '../src/db/connection.ts';
import { createLogger } from '../src/logging/logger.ts';
import { runSync } from '../src/services/jobs/reconcile.ts';
import { postgresJobScope } from '../src/stores/postgres/jobs.ts';
import { DEFAULT_CLAIM_SET } from '../src/domain/claims.ts';

/** User `i`'s sub: a v4-shaped UUID from md5(i), as the seed writes it in SQL. */
export function subOf(i: number): string {
  const hex = createHash('md5').update(String(i)).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

async function main(): Promise<void> {
  const users = Number(process.argv[2]);
  const url = process.argv[3] ?? '';
  // Which users each segment (first hex digit of the sub) holds, as indices.
  const counts = new Int32Array(16);
  const firstDigit = new Uint8Array(users);
  for (let i = 0; i < users; i++) {
    const digit = parseInt(subOf(i)[0] ?? '0', 16);
    firstDigit[i] = digit;
    counts[digit] = (counts[digit] ?? 0) + 1;
  }
  const segments = Array.from({ length: 16 }, (_, d) => new Int32Array(counts[d] ?? 0));
  const filled = new Int32Array(16);
  for (let i = 0; i < users; i++) {
    const d = firstDigit[i] ?? 0;
    const at = filled[d] ?? 0;
    (segments[d] as Int32Array)[at] = i;
    filled[d] = at + 1;
  }
  const user = (i: number): CognitoUser => ({
    username: `u${i}`,
    enabled: true,
    status: 'CONFIRMED',
    createdAt: undefined,
    attributes: { sub: subOf(i), email: `user${i}@example.com`, email_verified: 'true' },
  });
  // A gateway, not a mocked SDK client: a mock library keeps every call it answers, and a
  // harness that grew with the pool would be measured as the reconcile's memory.
  const unused = () => Promise.reject(new Error('not used by the reconcile'));
  const gateway: CognitoGateway = {
    describeUserPool: (id) => Promise.resolve({ id, name: 'scale', estimatedUsers: users }),
    listUsersPage: (_pool, options = {}) => {
      const prefix = /^sub \^= "(.)"$/.exec(options.filter ?? '')?.[1] ?? '0';
      const indices = segments[parseInt(prefix, 16)] ?? new Int32Array(0);
      const start = Number(options.paginationToken ?? 0);
      const end = Math.min(indices.length, start + (options.limit ?? 60));
      const page: CognitoUser[] = [];
      for (let n = start; n < end; n++) page.push(user(indices[n] ?? 0));
      return Promise.resolve({
        users: page,
        nextToken: end < indices.length ? String(end) : undefined,
      });
    },
    describeUserPoolSettings: unused,
    appClientAccess: unused,
    updateUserPool: unused,
    adminGetUser: unused,
    findUsersByEmail: unused,
    findUserBySub: unused,
    adminUpdateUserAttributes: unused,
    adminCreateUser: unused,
    adminAddUserToGroup: unused,
    adminDeleteUser: unused,
    adminLinkProviderForUser: unused,
    adminRemoveUserFromGroup: unused,
    adminListGroupsForUser: unused,
    adminDisableUser: unused,
    adminEnableUser: unused,
    adminUserGlobalSignOut: unused,
    adminTurnOffMfa: unused,
  };
  const database = connectPostgres(url, { max: 2 });
  const started = performance.now();
  const report = await runSync(
    {
      store: postgresJobScope(database.db),
      cognito: { gateway, userPoolId: 'us-east-1_Scale' },
      logger: createLogger({ level: 'silent' }),
      claims: DEFAULT_CLAIM_SET,
    },
    { dryRun: false, createMissing: false, markDeleted: false, segments: 16, rps: 100_000 },
  );
  const seconds = (performance.now() - started) / 1000;
  await database.close();
  console.log(
    JSON.stringify({
      users,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      usersPerSec: Math.round(users / seconds),
      updated: report.counts.updated,
      matched: report.counts.matched,
    }),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
