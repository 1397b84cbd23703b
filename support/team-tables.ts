import { parseClaimSet } from '../src/config/claims.ts';
import type { ClaimSet } from '../src/domain/claims.ts';
import type { UsersMapping } from '../src/domain/users-table.ts';

/**
 * The three team tables, as the teams have them, each with an app table whose
 * foreign key points at `users`, and the mapping and claims of its usersync.config.json.
 */
export interface TeamTable {
  name: string;
  /** The team's schema: its users table and its app table. */
  ddl: string;
  /** The configuration file's `users` and `claims`. */
  file: { users: Record<string, unknown>; claims: Record<string, unknown> };
  mapping: UsersMapping;
  claims: ClaimSet;
  /** The app table and its foreign key column, for the "other rows intact" checks. */
  appTable: { name: string; column: string };
}

function team(
  name: string,
  ddl: string,
  file: TeamTable['file'],
  appTable: TeamTable['appTable'],
): TeamTable {
  const users = file.users as { table: string; columns: UsersMapping['columns'] } & {
    statusValues?: UsersMapping['statusValues'];
  };
  return {
    name,
    ddl,
    file,
    mapping: { table: users.table, columns: users.columns, statusValues: users.statusValues ?? {} },
    claims: parseClaimSet(file.claims),
    appTable,
  };
}

/** A staging copy of a team's database, whose `cognito_sub`s need remapping. */
export const STAGING = team(
  'staging (serial key, cognito_sub)',
  `create table public.users (id serial primary key, email text, cognito_sub text,
     display_name text, created_at timestamptz default now());
   create table public.orders (id serial primary key,
     user_id integer not null references public.users (id), total numeric not null);`,
  {
    users: {
      table: 'public.users',
      columns: {
        key: 'id',
        sub: 'cognito_sub',
        email: 'email',
        name: 'display_name',
        createdAt: 'created_at',
      },
    },
    claims: {},
  },
  { name: 'orders', column: 'user_id' },
);

/** A team's plan on Aurora: text keys, the Cognito id and the email required and unique. */
export const AURORA = team(
  'aurora (varchar key, cognito_id not null)',
  `CREATE TABLE users (
     id VARCHAR(36) PRIMARY KEY,
     cognito_id VARCHAR(128) UNIQUE NOT NULL,
     email VARCHAR(255) UNIQUE NOT NULL,
     name VARCHAR(255),
     phone VARCHAR(20),
     email_verified BOOLEAN DEFAULT FALSE,
     created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
     updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP
   );
   -- The team's claims: a tenant, a plan, a seat count, a beta flag and groups.
   ALTER TABLE users ADD COLUMN tenant_id TEXT, ADD COLUMN plan TEXT,
     ADD COLUMN seats INTEGER, ADD COLUMN beta BOOLEAN NOT NULL DEFAULT FALSE,
     ADD COLUMN groups TEXT[] NOT NULL DEFAULT '{}';
   CREATE TABLE projects (id SERIAL PRIMARY KEY,
     owner_id VARCHAR(36) NOT NULL REFERENCES users (id), name TEXT NOT NULL);`,
  {
    users: {
      table: 'public.users',
      columns: {
        key: 'id',
        sub: 'cognito_id',
        email: 'email',
        emailVerified: 'email_verified',
        name: 'name',
        phone: 'phone',
        createdAt: 'created_at',
        updatedAt: 'updated_at',
      },
    },
    claims: {
      tenant_id: { type: 'string', column: 'tenant_id' },
      plan: { type: 'string', column: 'plan', cache: 'custom:plan' },
      seats: { type: 'number', column: 'seats' },
      beta: { type: 'boolean', column: 'beta' },
      groups: { type: 'string[]', column: 'groups' },
    },
  },
  { name: 'projects', column: 'owner_id' },
);

/** A local table keyed by the Cognito `sub` itself, with guest rows and legacy hashes. */
export const SUB_KEYED = team(
  'sub-keyed (guests, legacy hashes)',
  `create schema app;
   create table app.accounts (sub text primary key, email text unique,
     password_hash text, is_guest boolean not null default false, deleted_at timestamptz,
     settings jsonb not null default '{}', plan text, last_seen timestamptz,
     postal_address text);
   create table app.documents (id serial primary key,
     owner_sub text not null references app.accounts (sub) on update cascade,
     title text not null);`,
  {
    users: {
      table: 'app.accounts',
      columns: {
        key: 'sub',
        sub: 'sub',
        email: 'email',
        passwordHash: 'password_hash',
        guest: 'is_guest',
        deletedAt: 'deleted_at',
        profile: 'settings',
        lastLoginAt: 'last_seen',
      },
    },
    claims: { plan: { type: 'string', column: 'plan' } },
  },
  { name: 'app.documents', column: 'owner_sub' },
);

export const TEAM_TABLES = [STAGING, AURORA, SUB_KEYED];
