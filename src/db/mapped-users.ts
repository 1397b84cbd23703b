import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { ClaimDefinition, ClaimSet } from '../domain/claims.ts';
import { UsersyncError } from '../domain/errors.ts';
import type { UserStatus } from '../domain/user.ts';
import {
  canHoldStatus,
  tableName,
  type MappedField,
  type UsersMapping,
} from '../domain/users-table.ts';
import { quoteId, tableColumns, type CatalogColumn } from './catalog.ts';
import { UNMAPPED_FIELD } from './errors.ts';

/** The transaction setting usersync's writes to a mapped table hold, so that the team's events trigger (`db adopt --events`) leaves them to usersync. */
export const WRITING_SETTING = 'usersync.writing';

// A team's own users table, mapped (`users` in usersync.config.json): usersync reaches it
// through the view `<schema>.users`, with the columns of usersync's own table, so that every
// statement of src/db/ runs on either, set-based as it is. The view's INSTEAD OF triggers
// write each field to the team's column, only a field the statement changed, and keep in
// `<schema>.user_state` what the team's table has no column for (the version that orders
// the events, the released email's hash, the times). A write of a field the mapping leaves
// unmapped (a status the table cannot hold) raises UNMAPPED_FIELD, STORE_UNSUPPORTED to the
// caller; a row the team's constraints refuse is the database's own error, DATA_REFUSED.
// Nothing outside usersync's schema is created, altered or dropped.

/** The step, reported as a migration, that (re)makes the view of the team's table. */
export const MAP_USERS_TABLE = 'map-users-table';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- runs before the schema type holds
type AnyDb = Kysely<any>;

const id = quoteId;

/** `'text'`: a PostgreSQL string literal. */
function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** The columns of the team's table, by name; `CONFIG_INVALID` when the table is missing. */
async function catalogColumns(
  db: AnyDb,
  mapping: UsersMapping,
): Promise<Map<string, CatalogColumn>> {
  const columns = await tableColumns(db, tableName(mapping));
  if (columns.size === 0) {
    throw mappingError(`users.table: no table ${mapping.table} in the database.`);
  }
  return columns;
}

/** A column the mapping names, which {@link checkMapping} found in the table. */
function columnOf(catalog: Map<string, CatalogColumn>, name: string): CatalogColumn {
  const column = catalog.get(name);
  if (column === undefined)
    throw mappingError(`the users table has no column ${JSON.stringify(name)}.`);
  return column;
}

function mappingError(message: string): UsersyncError {
  return new UsersyncError('CONFIG_INVALID', `Invalid configuration: ${message}`, {
    context: { variable: 'USERSYNC_CONFIG' },
  });
}

const NUMBER_TYPES = /^(smallint|integer|bigint|numeric|real|double precision)(\(.*\))?$/;
const JSON_TYPES = /^jsonb?$/;
const TEXT_ARRAY_TYPES = /^(text|character varying(\(\d+\))?)\[\]$/;

/** Whether a claim's type fits its column's; what is wrong otherwise. */
function claimColumnProblem(claim: ClaimDefinition, column: CatalogColumn): string | undefined {
  if (JSON_TYPES.test(column.type)) return undefined;
  const fits = {
    string: !column.type.endsWith('[]'),
    number: NUMBER_TYPES.test(column.type),
    boolean: column.type === 'boolean',
    'string[]': TEXT_ARRAY_TYPES.test(column.type),
  }[claim.type];
  return fits ? undefined : `a ${claim.type} claim cannot live in a ${column.type} column`;
}

/** The view's `claims`: each claim's column as JSON, typed; a claim with no value is absent. */
function claimsRead(claims: ClaimSet, columns: Map<string, CatalogColumn>): string {
  if (claims.length === 0) return `'{}'::jsonb`;
  const entries = claims.map((claim) => {
    const column = columnOf(columns, claim.column);
    const ref = `t.${id(claim.column)}`;
    const value = JSON_TYPES.test(column.type)
      ? `nullif(${ref}::jsonb, 'null'::jsonb)`
      : claim.type === 'string[]'
        ? `case when cardinality(${ref}) > 0 then to_jsonb(${ref}::text[]) end`
        : claim.type === 'string'
          ? `to_jsonb(${ref}::text)`
          : `to_jsonb(${ref})`;
    return `${literal(claim.name)}, ${value}`;
  });
  return `jsonb_strip_nulls(jsonb_build_object(${entries.join(', ')}))`;
}

/** A claim's column as `claims` (the written row's) sets it, in the column's type. */
function claimWrite(claim: ClaimDefinition, column: CatalogColumn, claims = 'new.claims'): string {
  const name = literal(claim.name);
  if (JSON_TYPES.test(column.type)) return `(${claims} -> ${name})::${column.type}`;
  if (claim.type === 'string[]') {
    return `coalesce(array(select jsonb_array_elements_text(${claims} -> ${name})), '{}')::${column.type}`;
  }
  return `(${claims} ->> ${name})::${column.type}`;
}

/** The view's `status`, from whichever columns the mapping has. */
function statusRead(mapping: UsersMapping): string {
  const { columns, statusValues } = mapping;
  const whens: string[] = [];
  if (columns.status !== undefined) {
    for (const [status, value] of Object.entries(statusValues)) {
      whens.push(`when t.${id(columns.status)}::text = ${literal(value)} then ${literal(status)}`);
    }
  }
  if (columns.deletedAt !== undefined) {
    whens.push(`when t.${id(columns.deletedAt)} is not null then 'deleted'`);
  }
  if (columns.disabled !== undefined) {
    whens.push(`when coalesce(t.${id(columns.disabled)}, false) then 'disabled'`);
  }
  if (columns.guest !== undefined) {
    whens.push(`when coalesce(t.${id(columns.guest)}, false) then 'guest'`);
  }
  if (columns.sub !== columns.key) whens.push(`when t.${id(columns.sub)} is null then 'guest'`);
  return whens.length === 0 ? `'active'` : `case ${whens.join(' ')} else 'active' end`;
}

/** The view's `cognito_sub`: the sub column, or the key for a table keyed by it (not a guest's). */
function subRead(mapping: UsersMapping): string {
  const { columns } = mapping;
  const sub = `t.${id(columns.sub)}::text`;
  if (columns.sub !== columns.key) return sub;
  // A guest row of a table keyed by the sub has a key of its own, not a sub yet.
  const guest = statusRead(mapping);
  return `case when (${guest}) = 'guest' then null else ${sub} end`;
}

/**
 * The view's columns, in usersync's own table's names: each a mapped column, usersync's
 * state where the team keeps none, or a constant for a field the mapping leaves out.
 */
function viewColumns(
  mapping: UsersMapping,
  claims: ClaimSet,
  columns: Map<string, CatalogColumn>,
  schema: string,
): string {
  const c = mapping.columns;
  const state = (field: string) =>
    `(select s.${id(field)} from ${id(schema)}.user_state s where s.key = t.${id(c.key)}::text)`;
  const mapped = (field: MappedField, cast: string, otherwise: string) => {
    const column = c[field];
    return column === undefined ? otherwise : `t.${id(column)}::${cast}`;
  };
  const timed = (field: MappedField, stateField: string) => {
    const column = c[field];
    return column === undefined
      ? state(stateField)
      : `coalesce(t.${id(column)}::timestamptz, ${state(stateField)})`;
  };
  return [
    `t.${id(c.key)} as id`,
    `${subRead(mapping)} as cognito_sub`,
    `t.${id(c.email)}::text as email`,
    `coalesce(${mapped('emailVerified', 'boolean', 'false')}, false) as email_verified`,
    `${mapped('name', 'text', 'null::text')} as name`,
    `${mapped('phone', 'text', 'null::text')} as phone`,
    `${claimsRead(claims, columns)} as claims`,
    `coalesce(${mapped('profile', 'jsonb', `'{}'::jsonb`)}, '{}'::jsonb) as profile`,
    `${statusRead(mapping)}::text as status`,
    `${mapped('passwordHash', 'text', 'null::text')} as legacy_password_hash`,
    `${timed('createdAt', 'created_at')} as created_at`,
    `greatest(${c.updatedAt === undefined ? 'null' : `t.${id(c.updatedAt)}::timestamptz`}, ${state('updated_at')}) as updated_at`,
    `${timed('lastLoginAt', 'last_login_at')} as last_login_at`,
    `${timed('deletedAt', 'deleted_at')} as deleted_at`,
    `${state('email_hash')} as email_hash`,
    `coalesce(${state('version')}, 0)::bigint as version`,
  ].join(',\n      ');
}

/** `column = case when <changed> then <value> else column end`: only what the write changed. */
function assignIf(column: string, changed: string, value: string): string {
  return `${id(column)} = case when ${changed} then ${value} else ${id(column)} end`;
}

/** What the status columns are set to for `new.status`; none raises UNMAPPED_FIELD. */
function statusWrites(mapping: UsersMapping, catalog: Map<string, CatalogColumn>): string[] {
  const { columns, statusValues } = mapping;
  const changed = 'new.status is distinct from old.status';
  const writes: string[] = [];
  if (columns.status !== undefined) {
    const type = columnOf(catalog, columns.status).type;
    const whens = Object.entries(statusValues).map(
      ([status, value]) => `when ${literal(status)} then ${literal(value)}::${type}`,
    );
    writes.push(
      assignIf(
        columns.status,
        changed,
        `case new.status ${whens.join(' ')} else ${id(columns.status)} end`,
      ),
    );
  }
  if (columns.deletedAt !== undefined) {
    writes.push(
      assignIf(
        columns.deletedAt,
        changed,
        `case when new.status = 'deleted' then coalesce(new.deleted_at, clock_timestamp()) end`,
      ),
    );
  }
  if (columns.disabled !== undefined) {
    writes.push(assignIf(columns.disabled, changed, `new.status = 'disabled'`));
  }
  if (columns.guest !== undefined) {
    writes.push(assignIf(columns.guest, changed, `new.status = 'guest'`));
  }
  return writes;
}

/** The check that refuses a status the table cannot hold (raised as UNMAPPED_FIELD). */
function statusGuard(mapping: UsersMapping): string {
  const unheld = (
    ['active', 'disabled', 'deleted', 'guest'] as const satisfies UserStatus[]
  ).filter((status) => !canHoldStatus(mapping, status));
  if (unheld.length === 0) return '';
  return `
      if new.status is distinct from old.status and new.status in (${unheld.map(literal).join(', ')}) then
        raise exception using errcode = ${literal(UNMAPPED_FIELD)},
          message = format('The users table %s has no column for the status %s (users.columns.status, deletedAt or disabled in usersync.config.json).', ${literal(mapping.table)}, new.status);
      end if;`;
}

/** The SQL that (re)makes the view and its triggers. */
function mappingSql(
  mapping: UsersMapping,
  claims: ClaimSet,
  catalog: Map<string, CatalogColumn>,
  schema: string,
  fingerprint: string,
): string {
  const c = mapping.columns;
  const s = id(schema);
  const team = `${id(tableName(mapping).schema)}.${id(tableName(mapping).table)}`;
  const key = columnOf(catalog, c.key);
  const type = (column: string) => columnOf(catalog, column).type;
  const keyedBySub = c.sub === c.key;

  // The fields a write may change, each to its column, only when the write changed it.
  const writes: string[] = [];
  const field = (name: MappedField, viewColumn: string, value = `new.${viewColumn}`) => {
    const column = c[name];
    if (column === undefined) return;
    writes.push(
      assignIf(
        column,
        `new.${viewColumn} is distinct from old.${viewColumn}`,
        `${value}::${type(column)}`,
      ),
    );
  };
  if (!keyedBySub) field('sub', 'cognito_sub');
  field('email', 'email');
  field('emailVerified', 'email_verified');
  field('name', 'name');
  field('phone', 'phone');
  field('profile', 'profile');
  field('passwordHash', 'legacy_password_hash');
  field('lastLoginAt', 'last_login_at');
  for (const claim of claims) {
    const column = columnOf(catalog, claim.column);
    writes.push(
      assignIf(
        claim.column,
        `new.claims -> ${literal(claim.name)} is distinct from old.claims -> ${literal(claim.name)}`,
        claimWrite(claim, column),
      ),
    );
  }
  writes.push(...statusWrites(mapping, catalog));
  if (keyedBySub) {
    // Linking a guest, or remapping a stale sub, moves the key (the team's foreign keys
    // follow where they are ON UPDATE CASCADE, and refuse the row otherwise).
    writes.push(
      assignIf(
        c.key,
        'new.cognito_sub is not null and new.cognito_sub is distinct from old.cognito_sub',
        `new.cognito_sub::${key.type}`,
      ),
    );
  }
  if (c.updatedAt !== undefined) writes.push(`${id(c.updatedAt)} = clock_timestamp()`);
  const newKey = keyedBySub
    ? `case when new.cognito_sub is not null then new.cognito_sub::${key.type} else old.id end`
    : 'old.id';

  // An insert: every mapped field it gives, the key from the column's default, the sub
  // (a table keyed by it), or a new UUID for a text key with no default.
  const inserted: [string, string][] = [];
  const put = (name: MappedField, value: string) => {
    const column = c[name];
    if (column !== undefined) inserted.push([column, `${value}::${type(column)}`]);
  };
  if (keyedBySub) {
    inserted.push([
      c.key,
      `coalesce(new.id::text, new.cognito_sub, gen_random_uuid()::text)::${key.type}`,
    ]);
  } else {
    put('sub', 'new.cognito_sub');
    if (!key.hasDefault) {
      inserted.push([c.key, `coalesce(new.id::text, gen_random_uuid()::text)::${key.type}`]);
    } else {
      // new.id is null unless the statement named one.
    }
  }
  put('email', 'new.email');
  put('emailVerified', 'coalesce(new.email_verified, false)');
  put('name', 'new.name');
  put('phone', 'new.phone');
  put('profile', `coalesce(new.profile, '{}'::jsonb)`);
  put('passwordHash', 'new.legacy_password_hash');
  put('createdAt', 'clock_timestamp()');
  put('updatedAt', 'clock_timestamp()');
  for (const claim of claims) {
    inserted.push([claim.column, claimWrite(claim, columnOf(catalog, claim.column))]);
  }
  const statusColumn = c.status;
  if (statusColumn !== undefined) {
    const whens = Object.entries(mapping.statusValues).map(
      ([status, value]) => `when ${literal(status)} then ${literal(value)}::${type(statusColumn)}`,
    );
    inserted.push([statusColumn, `case coalesce(new.status, 'active') ${whens.join(' ')} end`]);
  }
  if (c.deletedAt !== undefined) {
    inserted.push([c.deletedAt, `case when new.status = 'deleted' then clock_timestamp() end`]);
  }
  if (c.disabled !== undefined)
    inserted.push([c.disabled, `coalesce(new.status = 'disabled', false)`]);
  if (c.guest !== undefined) inserted.push([c.guest, `coalesce(new.status = 'guest', false)`]);
  // A field with no value takes the column's default, as a column left out would.
  const insertColumns = inserted.map(([column]) => id(column)).join(', ');
  const insertValues = inserted
    .map(([column, value]) => {
      const fallback = catalog.get(column)?.defaultExpression;
      return fallback === null || fallback === undefined
        ? value
        : `coalesce(${value}, ${fallback})`;
    })
    .join(', ');
  const keyDefault = !keyedBySub && key.hasDefault;

  return `
    drop view if exists ${s}.users;
    create view ${s}.users as
      select
      ${viewColumns(mapping, claims, catalog, schema)}
      from ${team} t;
    comment on view ${s}.users is ${literal(`usersync: ${mapping.table}, mapped (${fingerprint})`)};
    alter view ${s}.users alter column email_verified set default false;
    alter view ${s}.users alter column claims set default '{}'::jsonb;
    alter view ${s}.users alter column profile set default '{}'::jsonb;
    alter view ${s}.users alter column status set default 'active';

    drop function if exists ${s}.usersync_user_key(text);
    create function ${s}.usersync_user_key(id text) returns ${key.type}
    language sql immutable parallel safe as $fn$ select id::${key.type} $fn$;

    create or replace function ${s}.usersync_mapped_insert() returns trigger
    language plpgsql as $fn$
    declare
      made ${key.type};
    begin
      perform set_config(${literal(WRITING_SETTING)}, 'on', true);
      ${
        keyDefault
          ? `if new.id is not null then
        insert into ${team} (${id(c.key)}, ${insertColumns}) values (new.id, ${insertValues})
          returning ${id(c.key)} into made;
      else
        insert into ${team} (${insertColumns}) values (${insertValues}) returning ${id(c.key)} into made;
      end if;`
          : `insert into ${team} (${insertColumns}) values (${insertValues}) returning ${id(c.key)} into made;`
      }
      perform set_config(${literal(WRITING_SETTING)}, 'off', true);
      insert into ${s}.user_state (key, version, created_at, updated_at)
        values (made::text, 1, clock_timestamp(), clock_timestamp())
        on conflict (key) do update set version = ${s}.user_state.version + 1,
          updated_at = excluded.updated_at;
      select * into new from ${s}.users v where v.id = made;
      return new;
    end
    $fn$;

    create or replace function ${s}.usersync_mapped_update() returns trigger
    language plpgsql as $fn$
    declare
      current_version bigint;
      moved ${key.type};
    begin
      if new.id is distinct from old.id then
        raise exception using errcode = ${literal(UNMAPPED_FIELD)},
          message = 'usersync does not change a user''s key.';
      end if;${statusGuard(mapping)}
      -- The row as it is now, locked: a write made since this statement began (its version
      -- moved) wins, and this one is skipped, as the version check of every job expects.
      perform 1 from ${team} t where t.${id(c.key)} = old.id for update;
      if not found then return null; end if;
      select coalesce((select s.version from ${s}.user_state s where s.key = old.id::text), 0)
        into current_version;
      if current_version <> old.version then return null; end if;
      moved := ${newKey};
      perform set_config(${literal(WRITING_SETTING)}, 'on', true);
      update ${team} set
        ${writes.join(',\n        ')}
      where ${id(c.key)} = old.id;
      perform set_config(${literal(WRITING_SETTING)}, 'off', true);
      if moved is distinct from old.id then
        update ${s}.user_state set key = moved::text where key = old.id::text;
      end if;
      insert into ${s}.user_state (key, version, updated_at, last_login_at, deleted_at, email_hash)
        values (moved::text, current_version + 1, clock_timestamp(), new.last_login_at,
                new.deleted_at, new.email_hash)
        on conflict (key) do update set version = excluded.version,
          updated_at = excluded.updated_at, last_login_at = excluded.last_login_at,
          deleted_at = excluded.deleted_at, email_hash = excluded.email_hash;
      -- The row as written (RETURNING reads it): what the statement set, under the key it
      -- now has, at its new version. Read back through the view only where a column may
      -- derive more than one field (a table keyed by the sub, whose guests have none).
      ${
        keyedBySub
          ? `select * into new from ${s}.users v where v.id = moved;`
          : `new.version := current_version + 1;
      new.updated_at := clock_timestamp();`
      }
      return new;
    end
    $fn$;

    create trigger users_insert instead of insert on ${s}.users
      for each row execute function ${s}.usersync_mapped_insert();
    create trigger users_update instead of update on ${s}.users
      for each row execute function ${s}.usersync_mapped_update();
  `;
}

/**
 * What is wrong with the mapping against the table, each with the path of its entry: a
 * column it names that the table lacks, a claim whose type its column cannot hold, a key
 * usersync cannot make. Empty when it fits.
 */
export function mappingProblems(
  mapping: UsersMapping,
  claims: ClaimSet,
  catalog: Map<string, CatalogColumn>,
): string[] {
  const problems: string[] = [];
  for (const [field, column] of Object.entries(mapping.columns)) {
    if (column !== undefined && !catalog.has(column)) {
      problems.push(
        `users.columns.${field}: ${mapping.table} has no column ${JSON.stringify(column)}`,
      );
    }
  }
  for (const claim of claims) {
    const column = catalog.get(claim.column);
    const path = `claims.${JSON.stringify(claim.name)}.column`;
    if (column === undefined) {
      problems.push(`${path}: ${mapping.table} has no column ${JSON.stringify(claim.column)}`);
      continue;
    }
    const problem = claimColumnProblem(claim, column);
    if (problem !== undefined) problems.push(`${path}: ${problem}`);
  }
  const key = catalog.get(mapping.columns.key);
  if (
    key !== undefined &&
    mapping.columns.sub !== mapping.columns.key &&
    !key.hasDefault &&
    !/^(text|uuid|character varying(\(\d+\))?)$/.test(key.type)
  ) {
    problems.push(
      `users.columns.key: ${key.name} (${key.type}) has no default, and usersync makes keys only for text or uuid columns; give it a default (serial, identity)`,
    );
  }
  return problems;
}

/** Throws the first of {@link mappingProblems}, `CONFIG_INVALID`. */
function checkMapping(
  mapping: UsersMapping,
  claims: ClaimSet,
  catalog: Map<string, CatalogColumn>,
): void {
  const [first] = mappingProblems(mapping, claims, catalog);
  if (first !== undefined) throw mappingError(`${first}.`);
}

/** What identifies a mapping and claim set: the view is remade when it changes. */
export function fingerprintOf(mapping: UsersMapping, claims: ClaimSet): string {
  const claimColumns = claims.map((claim) => [claim.name, claim.type, claim.column]);
  return createHash('sha256')
    .update(JSON.stringify([mapping, claimColumns, 3]))
    .digest('hex')
    .slice(0, 16);
}

/**
 * Makes `<schema>.users` the view of the team's table (or keeps it, when the mapping and the
 * claims' columns are the ones it was made from): in one transaction, under the migrations'
 * advisory lock. usersync's own users table, made by the migrations, goes when it is empty;
 * one that holds users is refused (`CONFIG_INVALID`), as is a database mapped before whose
 * file now maps none. Returns whether it (re)made the view.
 */
export async function mapUsersTable(
  db: AnyDb,
  schema: string,
  mapping: UsersMapping | undefined,
  claims: ClaimSet,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(hashtext('usersync:migrate'))`.execute(trx);
    const { rows } = await sql<{ kind: string | null; comment: string | null }>`
      select c.relkind as kind, obj_description(c.oid, 'pg_class') as comment
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = ${schema} and c.relname = 'users'`.execute(trx);
    const current = rows[0];
    if (mapping === undefined) {
      if (current?.kind === 'v') {
        throw mappingError(
          `${schema}.users is a view of the team's users table (${current.comment ?? 'mapped'}), and the configuration file maps none: put its users entry back.`,
        );
      }
      return false;
    }
    const fingerprint = fingerprintOf(mapping, claims);
    if (current?.kind === 'v' && current.comment?.includes(`(${fingerprint})`) === true) {
      return false;
    }
    const catalog = await catalogColumns(trx, mapping);
    checkMapping(mapping, claims, catalog);
    if (current?.kind === 'r') {
      const { rows: held } = await sql<{ n: string }>`
        select count(*) as n from ${sql.id(schema, 'users')}`.execute(trx);
      if (Number(held[0]?.n ?? 0) > 0) {
        throw mappingError(
          `users: usersync's own users table (${schema}.users) holds ${held[0]?.n} users; the mapped table would hide them. Move them into ${mapping.table} first.`,
        );
      }
      await sql`drop table ${sql.id(schema, 'users')}`.execute(trx);
    }
    await sql.raw(mappingSql(mapping, claims, catalog, schema, fingerprint)).execute(trx);
    return true;
  });
}
