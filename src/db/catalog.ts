import { sql, type Kysely } from 'kysely';

// What usersync reads of a team's database to propose a mapping (`usersync init`), check
// one (`usersync doctor`) and say what the table needs (`usersync db adopt`): the catalog,
// and counts. Every statement here reads; none writes.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the team's tables are not in the schema type
type AnyDb = Kysely<any>;

/** A column of a table, as the catalog describes it. */
export interface CatalogColumn {
  name: string;
  /** `format_type`: e.g. `integer`, `character varying(255)`, `text[]`. */
  type: string;
  notNull: boolean;
  /** Whether an insert that leaves it out gets a value (a default, identity or serial). */
  hasDefault: boolean;
  /** The default's expression (not an identity's), as `pg_get_expr` gives it. */
  defaultExpression: string | null;
  /** Whether it is the primary key (alone). */
  primaryKey: boolean;
}

/** A table outside usersync's schema and PostgreSQL's own. */
export interface CatalogTable {
  schema: string;
  name: string;
  /** Rows, as the planner estimates them (`reltuples`; -1 or 0 before an analyze). */
  estimatedRows: number;
}

/** `"name"`: a PostgreSQL identifier, quoted. */
export function quoteId(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** `"schema"."table"`. */
export function qualified(table: { schema: string; table: string }): string {
  return `${quoteId(table.schema)}.${quoteId(table.table)}`;
}

/** The ordinary tables of the database but usersync's (`ownSchema`) and PostgreSQL's. */
export async function listTables(db: AnyDb, ownSchema: string): Promise<CatalogTable[]> {
  const { rows } = await sql<{ schema: string; name: string; rows: number }>`
    select n.nspname as schema, c.relname as name, c.reltuples::float8 as rows
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where c.relkind in ('r', 'p') and n.nspname <> ${ownSchema}
       and n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast')
     order by 1, 2`.execute(db);
  return rows.map((row) => ({ schema: row.schema, name: row.name, estimatedRows: row.rows }));
}

/** The columns of a table, by name, in order; empty when there is no such table. */
export async function tableColumns(
  db: AnyDb,
  table: { schema: string; table: string },
): Promise<Map<string, CatalogColumn>> {
  const { rows } = await sql<{
    name: string;
    type: string;
    not_null: boolean;
    has_default: boolean;
    default_expression: string | null;
    primary_key: boolean;
  }>`
    select a.attname as name, format_type(a.atttypid, a.atttypmod) as type,
           a.attnotnull as not_null,
           (a.atthasdef or a.attidentity <> '') as has_default,
           pg_get_expr(d.adbin, d.adrelid) as default_expression,
           exists (select 1 from pg_constraint k where k.conrelid = a.attrelid
                     and k.contype = 'p' and k.conkey = array[a.attnum]) as primary_key
      from pg_attribute a
      left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
     where a.attrelid = to_regclass(${qualified(table)})
       and a.attnum > 0 and not a.attisdropped
     order by a.attnum`.execute(db);
  return new Map(
    rows.map((row) => [
      row.name,
      {
        name: row.name,
        type: row.type,
        notNull: row.not_null,
        hasDefault: row.has_default,
        defaultExpression: row.default_expression,
        primaryKey: row.primary_key,
      },
    ]),
  );
}

/** The definitions of a table's unique indexes (`pg_get_indexdef`), primary key included. */
export async function uniqueIndexes(
  db: AnyDb,
  table: { schema: string; table: string },
): Promise<string[]> {
  const { rows } = await sql<{ definition: string }>`
    select pg_get_indexdef(i.indexrelid) as definition
      from pg_index i
     where i.indrelid = to_regclass(${qualified(table)}) and i.indisunique and i.indisvalid
       and i.indpred is null
     order by 1`.execute(db);
  return rows.map((row) => row.definition);
}

/** The names of a table's indexes that are not valid (a concurrent build that failed leaves one). */
export async function invalidIndexes(
  db: AnyDb,
  table: { schema: string; table: string },
): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    select c.relname as name from pg_index i join pg_class c on c.oid = i.indexrelid
     where i.indrelid = to_regclass(${qualified(table)}) and not i.indisvalid
     order by 1`.execute(db);
  return rows.map((row) => row.name);
}

/** Whether one of `indexes` makes `expression` (a column, or `lower(column)`) unique alone. */
export function hasUniqueIndexOn(indexes: readonly string[], expression: string): boolean {
  const wanted = expression.replaceAll(' ', '').toLowerCase();
  return indexes.some((definition) => {
    const columns = /USING \w+ \((.*)\)$/.exec(definition)?.[1];
    return columns?.replaceAll(' ', '').toLowerCase() === wanted;
  });
}

/** Whether `indexes` make the `sub` column unique (the key is, by being the key). */
export function subIsUnique(
  indexes: readonly string[],
  columns: { key: string; sub: string },
): boolean {
  return (
    columns.sub === columns.key ||
    hasUniqueIndexOn(indexes, quoteId(columns.sub)) ||
    hasUniqueIndexOn(indexes, columns.sub)
  );
}

/** Whether `indexes` make `lower(email)` unique, however `pg_get_indexdef` spells it. */
export function lowerEmailIsUnique(indexes: readonly string[], email: string): boolean {
  return [`lower(${quoteId(email)})`, `lower(${email})`, `lower((${email})::text)`].some(
    (expression) => hasUniqueIndexOn(indexes, expression),
  );
}

/**
 * Emails held by more than one row when compared case-insensitively (what stops a unique
 * index on `lower(email)`), each with how many rows hold it; the first `limit`.
 */
export async function duplicateEmails(
  db: AnyDb,
  table: { schema: string; table: string },
  column: string,
  limit = 20,
): Promise<{ email: string; rows: number }[]> {
  const ref = sql.raw(quoteId(column));
  const { rows } = await sql<{ email: string; rows: number }>`
    select lower(${ref}::text) as email, count(*)::int as rows
      from ${sql.raw(qualified(table))}
     where ${ref} is not null
     group by lower(${ref}::text) having count(*) > 1
     order by 2 desc, 1 limit ${limit}`.execute(db);
  return rows;
}

/** The migrations recorded in usersync's schema; empty when it has none yet. */
export async function appliedMigrations(db: AnyDb, ownSchema: string): Promise<string[]> {
  const { rows: found } = await sql<{ exists: boolean }>`
    select to_regclass(${`${quoteId(ownSchema)}.kysely_migration`}) is not null as exists`.execute(
    db,
  );
  if (found[0]?.exists !== true) return [];
  const { rows } = await sql<{ name: string }>`
    select name from ${sql.raw(`${quoteId(ownSchema)}.kysely_migration`)} order by name`.execute(
    db,
  );
  return rows.map((row) => row.name);
}

/** What `<schema>.users` is: usersync's own table, the view of a mapped one (its comment), or none. */
export async function usersRelation(
  db: AnyDb,
  ownSchema: string,
): Promise<{ kind: 'table' | 'view'; comment: string | null } | undefined> {
  const { rows } = await sql<{ kind: string; comment: string | null }>`
    select c.relkind as kind, obj_description(c.oid, 'pg_class') as comment
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = ${ownSchema} and c.relname = 'users'`.execute(db);
  const row = rows[0];
  if (row === undefined) return undefined;
  return { kind: row.kind === 'v' ? 'view' : 'table', comment: row.comment };
}
