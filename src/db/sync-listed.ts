import { sql } from 'kysely';
import type { Db } from './schema.ts';
import { table } from './own-schema.ts';

/** A listed Cognito user as a sync run stages it: at least its `sub`, and what it keeps. */
export interface StagedUser {
  sub: string;
}

/**
 * Stages a page of listed users for a run (for `--resume`); a user staged already (a page
 * listed again after a crash) is left as it is.
 */
export async function stageListedUsers(
  db: Db,
  runId: string,
  users: readonly StagedUser[],
): Promise<void> {
  if (users.length === 0) return;
  await sql`
    insert into ${table('sync_listed')} (run_id, sub, fields)
    select ${runId}::uuid, sub, fields
    from unnest(${users.map((user) => user.sub)}::text[],
                ${users.map((user) => JSON.stringify(user))}::jsonb[]) as page (sub, fields)
    on conflict do nothing`.execute(db);
}

/** Drops a finished run's staged users. */
export async function clearStagedUsers(db: Db, runId: string): Promise<void> {
  await db.deleteFrom('sync_listed').where('run_id', '=', runId).execute();
}

/** A Cognito `sub` as Cognito makes them: a lower-case hex UUID (PostgreSQL's regex). */
const HEX_SUB = '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';

/** A staged sub that is not a lower-case hex UUID, if there is one. */
export async function stagedSubNotHex(db: Db, runId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('sync_listed')
    .select('sub')
    .where('run_id', '=', runId)
    .where('sub', '!~', HEX_SUB)
    .limit(1)
    .executeTakeFirst();
  return row?.sub;
}

/** How many distinct users a run has staged. */
export async function countStagedUsers(db: Db, runId: string): Promise<number> {
  const { n } = await db
    .selectFrom('sync_listed')
    .select(({ fn }) => fn.countAll<string>().as('n'))
    .where('run_id', '=', runId)
    .executeTakeFirstOrThrow();
  return Number(n);
}

/**
 * Marks `settled` the staged users the reconcile would find in step and that nothing else
 * in the run can touch, and returns how many: the row holding the user's `sub` already has
 * Cognito's email, verification, name and phone (where Cognito has them) and the status
 * Cognito's enabled flag asks for; no other listed user has the row's email (which is the
 * user's, when Cognito has one); no other row has the row's email in any case. Planning leaves them out: for each, the
 * plan would say `matched` and do nothing, and none can change another's decision. The
 * staged fields are the planner's (`ListedUser`: email normalised, `enabled`).
 */
export async function settleStagedUsers(db: Db, runId: string): Promise<number> {
  await db
    .updateTable('sync_listed')
    .set({ settled: false })
    .where('run_id', '=', runId)
    .where('settled', '=', true)
    .execute();
  const result = await sql`
    with row_twins as (
      select lower(email) as email from ${table('users')} where email is not null
      group by 1 having count(*) > 1
    )
    update ${table('sync_listed')} l set settled = true
    from ${table('users')} u
    where l.run_id = ${runId} and u.cognito_sub = l.sub
      and (l.fields->>'email' is null or u.email = l.fields->>'email')
      and u.email_verified = (l.fields->>'emailVerified')::boolean
      and (l.fields->>'name' is null or u.name = l.fields->>'name')
      and (l.fields->>'phone' is null or u.phone = l.fields->>'phone')
      and not (l.fields->>'enabled' = 'false' and u.status in ('active', 'guest'))
      and not (l.fields->>'enabled' = 'true' and u.status = 'disabled')
      and (u.email is null or (
        lower(u.email) not in (select email from row_twins)
        and not exists (
          select 1 from ${table('sync_listed')} o
          where o.run_id = ${runId} and o.sub <> l.sub and o.fields->>'email' = lower(u.email))))
  `.execute(db);
  return Number(result.numAffectedRows ?? 0n);
}

/** The staged users not settled, in `sub` order. */
export async function unsettledStagedUsers<T extends StagedUser>(
  db: Db,
  runId: string,
): Promise<T[]> {
  const rows = await db
    .selectFrom('sync_listed')
    .select('fields')
    .where('run_id', '=', runId)
    .where('settled', '=', false)
    .orderBy('sub')
    .execute();
  return rows.map((row) => row.fields as unknown as T);
}

/** Drops every staged listing of a user (an erasure: the listing holds their fields). */
export async function dropStagedUser(trx: Db, sub: string): Promise<void> {
  await trx.deleteFrom('sync_listed').where('sub', '=', sub).execute();
}
