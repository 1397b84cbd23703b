import { sql } from 'kysely';
import type { Db } from './schema.ts';

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
    insert into sync_listed (run_id, sub, fields)
    select ${runId}::uuid, sub, fields
    from unnest(${users.map((user) => user.sub)}::text[],
                ${users.map((user) => JSON.stringify(user))}::jsonb[]) as page (sub, fields)
    on conflict do nothing`.execute(db);
}

/** The users a run staged, as they were staged. */
export async function stagedUsers<T extends StagedUser>(db: Db, runId: string): Promise<T[]> {
  const rows = await db
    .selectFrom('sync_listed')
    .select('fields')
    .where('run_id', '=', runId)
    .execute();
  return rows.map((row) => row.fields as unknown as T);
}

/** Drops a finished run's staged users. */
export async function clearStagedUsers(db: Db, runId: string): Promise<void> {
  await db.deleteFrom('sync_listed').where('run_id', '=', runId).execute();
}
