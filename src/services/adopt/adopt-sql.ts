import { sql, type Kysely } from 'kysely';
import {
  duplicateEmails,
  lowerEmailIsUnique,
  subIsUnique,
  invalidIndexes,
  qualified,
  quoteId,
  uniqueIndexes,
} from '../../db/catalog.ts';
import { WRITING_SETTING } from '../../db/mapped-users.ts';
import { maskEmail } from '../../domain/email.ts';
import { tableName, type MappedField, type UsersMapping } from '../../domain/users-table.ts';

// `usersync db adopt`: the SQL a team's mapped table needs, printed, and run only when asked
// (`--apply`). It is the one thing usersync makes outside its own schema, and only this way.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the team's tables are not in the schema type
type AnyDb = Kysely<any>;

/** One statement, and why the table needs it. */
export interface AdoptStatement {
  why: string;
  sql: string;
}

/** What `db adopt` found: the statements, and what stands in their way. */
export interface AdoptPlan {
  table: string;
  statements: AdoptStatement[];
  /** Emails more than one row holds (masked), which stop the email index until resolved. */
  duplicateEmails: { email: string; rows: number }[];
}

function indexName(table: string, what: string): string {
  return `${table}_${what}_usersync_key`.slice(0, 63);
}

/**
 * The SQL the mapped table needs: a unique index on the `sub` column (unless it is the
 * key), one on `lower(email)`, and with `events` the trigger that writes an event for each
 * insert and update the team's own code makes (usersync's own writes write theirs).
 * `concurrently`: build the indexes without blocking writes (not in a transaction).
 */
export async function planAdopt(
  db: AnyDb,
  schema: string,
  mapping: UsersMapping,
  options: { events: boolean; concurrently: boolean },
): Promise<AdoptPlan> {
  const table = tableName(mapping);
  const target = qualified(table);
  const indexes = await uniqueIndexes(db, table);
  const { columns } = mapping;
  const statements: AdoptStatement[] = [];
  const invalid = new Set(await invalidIndexes(db, table));
  /** An index of this name a failed build left invalid goes first: `if not exists` would keep it. */
  const dropInvalid = (name: string) => {
    if (!invalid.has(name)) return;
    statements.push({
      why: `a build of ${name} that failed left it invalid`,
      sql: `drop index ${options.concurrently ? 'concurrently ' : ''}if exists ${quoteId(table.schema)}.${quoteId(name)};`,
    });
  };
  const how = options.concurrently
    ? 'create unique index concurrently if not exists'
    : 'create unique index if not exists';
  if (!subIsUnique(indexes, columns)) {
    dropInvalid(indexName(table.table, columns.sub));
    statements.push({
      why: `sign-in reads a user by the sub: ${columns.sub} wants a unique index`,
      sql: `${how} ${quoteId(indexName(table.table, columns.sub))} on ${target} (${quoteId(columns.sub)});`,
    });
  }
  const lowerEmail = `lower(${quoteId(columns.email)})`;
  const duplicates = (await duplicateEmails(db, table, columns.email)).map((duplicate) => ({
    email: maskEmail(duplicate.email),
    rows: duplicate.rows,
  }));
  if (!lowerEmailIsUnique(indexes, columns.email)) {
    dropInvalid(indexName(table.table, `${columns.email}_lower`));
    statements.push({
      why: `one person is one row: emails compare case-insensitively, so lower(${columns.email}) wants a unique index${duplicates.length > 0 ? ' (the duplicates listed stop it until they are resolved)' : ''}`,
      sql: `${how} ${quoteId(indexName(table.table, `${columns.email}_lower`))} on ${target} (${lowerEmail});`,
    });
  }
  if (options.events) {
    statements.push(
      {
        why: "an event for each insert and update the team's own code makes to the table",
        sql: eventsFunction(schema, mapping),
      },
      {
        why: 'the trigger that calls it',
        sql: `create or replace trigger usersync_team_change after insert or update on ${target}\n  for each row execute function ${quoteId(schema)}.usersync_team_change();`,
      },
    );
  }
  return { table: mapping.table, statements, duplicateEmails: duplicates };
}

/** The fields whose columns a team's update may change, as `user.updated` names them. */
const EVENT_FIELDS: [MappedField, string][] = [
  ['sub', 'sub'],
  ['email', 'email'],
  ['emailVerified', 'emailVerified'],
  ['name', 'name'],
  ['phone', 'phone'],
  ['profile', 'profile'],
  ['status', 'status'],
  ['deletedAt', 'status'],
  ['disabled', 'status'],
];

/** The function the events trigger calls: the same envelope as usersync's own events. */
function eventsFunction(schema: string, mapping: UsersMapping): string {
  const s = quoteId(schema);
  const key = quoteId(mapping.columns.key);
  const changed = EVENT_FIELDS.flatMap(([field, name]) => {
    const column = mapping.columns[field];
    return column === undefined
      ? []
      : [
          `case when new.${quoteId(column)} is distinct from old.${quoteId(column)} then '${name}' end`,
        ];
  });
  return `create or replace function ${s}.usersync_team_change() returns trigger
language plpgsql as $fn$
declare
  changed_user ${s}.users;
  fields text[];
begin
  -- usersync's own writes through ${schema}.users write their events themselves.
  if current_setting('${WRITING_SETTING}', true) = 'on' then return null; end if;
  if tg_op = 'UPDATE' then
    fields := array(select distinct f from unnest(array[${changed.join(', ') || 'null'}]::text[]) f where f is not null order by 1);
  end if;
  insert into ${s}.user_state (key, version, updated_at)
    values (new.${key}::text, 1, clock_timestamp())
    on conflict (key) do update set version = ${s}.user_state.version + 1,
      updated_at = excluded.updated_at;
  select * into changed_user from ${s}.users v where v.id = new.${key};
  insert into ${s}.outbox (id, type, aggregate_id, payload, occurred_at)
    select (e.payload->>'id')::uuid, e.payload->>'type', changed_user.id::text, e.payload,
           (e.payload->>'occurredAt')::timestamptz
      from (select ${s}.usersync_user_event(
              case tg_op when 'INSERT' then 'user.registered' else 'user.updated' end,
              changed_user.id::text, changed_user.cognito_sub, changed_user.email,
              changed_user.status, changed_user.claims, changed_user.version,
              case when tg_op = 'UPDATE' then jsonb_build_object('fields', to_jsonb(fields)) end)
            as payload) e;
  perform pg_notify('usersync_outbox', '');
  return null;
end
$fn$;`;
}

/** Runs the plan's statements, each on its own (an index built concurrently cannot be in a transaction). */
export async function applyAdopt(db: AnyDb, plan: AdoptPlan): Promise<void> {
  for (const statement of plan.statements) await sql.raw(statement.sql).execute(db);
}
