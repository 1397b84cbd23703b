import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { loadConfig, requiredSetting, type Config } from '../../config/config.ts';
import { DEFAULT_CONFIG_FILE, readConfigFile } from '../../config/file.ts';
import { UsersyncError } from '../../domain/errors.ts';
import { openDatabase, openDynamoClient } from '../../local/open-database.ts';
import { sampleTable } from '../../stores/dynamodb/inspect.ts';
import { applyAdopt, planAdopt } from '../../services/adopt/adopt-sql.ts';
import { databaseChecks, poolChecks, type Check } from '../../services/adopt/doctor.ts';
import {
  customAttributes,
  proposeForDynamo,
  proposeForPostgres,
  type Proposal,
} from '../../services/adopt/propose.ts';
import { openCognito } from '../context.ts';
import type { Output } from '../output.ts';

/** The pool to ask, when one is configured (or the local stack runs); none otherwise. */
async function maybeCognito(config: Config) {
  return openCognito(config).catch((error: unknown) => {
    if (error instanceof UsersyncError && error.code === 'CONFIG_INVALID') return undefined;
    throw error;
  });
}

/** Asks `question` on the terminal; the trimmed answer. */
async function ask(question: string): Promise<string> {
  const terminal = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return (await terminal.question(question)).trim();
  } finally {
    terminal.close();
  }
}

/** The proposal for the configured store: the PostgreSQL catalog, or the DynamoDB table's sample. */
async function propose(
  config: Config,
  cognito: Awaited<ReturnType<typeof maybeCognito>>,
): Promise<Proposal> {
  if (config.userStore === 'dynamodb') {
    const table = requiredSetting(config.dynamodb.usersTable, 'DYNAMODB_USERS_TABLE');
    const client = await openDynamoClient(config);
    try {
      return proposeForDynamo(
        await sampleTable(client, table),
        config.dynamodb.keyAttribute,
        await customAttributes(cognito),
      );
    } finally {
      client.destroy();
    }
  }
  const database = await openDatabase(config, 'usersync init');
  try {
    return await proposeForPostgres(database.db, config.databaseSchema, cognito);
  } finally {
    await database.close();
  }
}

/**
 * `usersync init [--yes] [--json]`: reads the database (its catalog), or the DynamoDB table
 * (DescribeTable and a sample of its items), and the pool (its custom attributes), proposes usersync.config.json from the names it recognises, asks
 * what it cannot tell (on a terminal), and writes the file. It never writes to the
 * database or the pool, nor over a file that exists. `--yes` takes the proposal as it is
 * (a required field it found no column for is then an error, and nothing is written).
 */
export async function initCommand(
  output: Output,
  options: { yes: boolean; json: boolean },
): Promise<number> {
  const config = loadConfig({ ...process.env, USERSYNC_CONFIG: undefined });
  const file = path.resolve(process.env['USERSYNC_CONFIG'] ?? DEFAULT_CONFIG_FILE);
  if (existsSync(file)) {
    throw new UsersyncError(
      'CONFLICT',
      `${file} exists already; usersync init writes a new one only (usersync doctor checks it).`,
    );
  }
  if (!options.yes && !process.stdin.isTTY) {
    throw new UsersyncError(
      'VALIDATION_FAILED',
      'usersync init asks what it cannot tell: run it on a terminal, or pass --yes to take its proposal as it is.',
    );
  }
  const cognito = await maybeCognito(config);
  let proposal: Proposal;
  try {
    proposal = await propose(config, cognito);
  } finally {
    cognito?.close();
  }
  const users = proposal.file.users;
  if (users !== undefined && proposal.missing.length > 0) {
    if (options.yes) {
      throw new UsersyncError(
        'VALIDATION_FAILED',
        `${users.table} has no column usersync recognises for ${proposal.missing.join(' and ')}; run usersync init on a terminal to name it, or write the file (docs/adopt.md).`,
      );
    }
    for (const field of proposal.missing) {
      const answer = await ask(
        `Which column of ${users.table} holds the ${field === 'sub' ? 'Cognito sub' : 'email'}? (${proposal.columns.join(', ')}) `,
      );
      if (!proposal.columns.includes(answer)) {
        throw new UsersyncError(
          'VALIDATION_FAILED',
          `${users.table} has no column ${JSON.stringify(answer)}.`,
        );
      }
      users.columns[field] = answer;
    }
  }
  if (!options.yes) {
    output.err(JSON.stringify(proposal.file, null, 2));
    const answer = await ask(`Write this to ${file}? [Y/n] `);
    if (/^n/i.test(answer)) {
      output.err('Nothing written.');
      return 1;
    }
  }
  await writeFile(file, `${JSON.stringify(proposal.file, null, 2)}\n`, { flag: 'wx' });
  // What it wrote is what the runtimes will read: a proposal the checks refuse says so now.
  readConfigFile(file, process.cwd());
  if (options.json) {
    output.out(JSON.stringify({ file, config: proposal.file, notes: proposal.notes }));
  } else {
    for (const note of proposal.notes) output.out(note);
    output.out(`Wrote ${file}. Next: usersync doctor, then usersync db adopt.`);
  }
  return 0;
}

/**
 * `usersync doctor [--json]`: the configuration file against the live database and pool, a
 * checklist with the fix for each miss. Exit 0 when all hold, 1 otherwise.
 */
export async function doctorCommand(output: Output, options: { json: boolean }): Promise<number> {
  const config = loadConfig();
  const checks: Check[] = [];
  if (config.userStore === 'postgres') {
    const database = await openDatabase(config, 'usersync doctor');
    try {
      checks.push(...(await databaseChecks(database.db, config)));
    } finally {
      await database.close();
    }
  }
  const cognito = await maybeCognito(config);
  if (cognito === undefined) {
    checks.push({
      check: 'user pool',
      ok: false,
      detail: 'none configured, and no local stack runs',
      fix: 'Set COGNITO_USER_POOL_ID and COGNITO_CLIENT_ID (or start the local stack with npm start).',
    });
  } else {
    try {
      checks.push(
        ...(await poolChecks(cognito.gateway, {
          claims: config.claims,
          cognito: {
            ...config.cognito,
            userPoolId: cognito.userPoolId,
            clientId: cognito.clientId,
          },
        })),
      );
    } finally {
      cognito.close();
    }
  }
  const ok = checks.every((one) => one.ok);
  if (options.json) output.out(JSON.stringify({ ok, checks }));
  else {
    for (const one of checks) {
      output.out(`${one.ok ? 'ok  ' : 'MISS'}  ${one.check}: ${one.detail}`);
      if (one.fix !== undefined) output.out(`      fix: ${one.fix}`);
    }
  }
  return ok ? 0 : 1;
}

/**
 * `usersync db adopt [--events] [--apply]`: prints the SQL the mapped table needs (its
 * indexes; with `--events`, the trigger that writes events for the team's own writes), and
 * runs it only with `--apply`.
 */
export async function adoptCommand(
  output: Output,
  options: { events: boolean; apply: boolean; json: boolean },
): Promise<number> {
  const config = loadConfig();
  if (config.users === undefined) {
    throw new UsersyncError(
      'CONFIG_INVALID',
      'usersync db adopt is for a mapped users table: the configuration file has no users entry (usersync init writes one).',
    );
  }
  const database = await openDatabase(config, 'usersync db adopt');
  try {
    const plan = await planAdopt(database.db, config.databaseSchema, config.users, {
      events: options.events,
      // PGlite serves one session: no index is built beside writes there.
      concurrently: database.kind === 'postgres',
    });
    if (options.apply) await applyAdopt(database.db, plan);
    if (options.json) output.out(JSON.stringify({ ...plan, applied: options.apply }));
    else {
      if (plan.statements.length === 0) output.out(`-- ${plan.table} needs nothing.`);
      for (const statement of plan.statements)
        output.out(`-- ${statement.why}\n${statement.sql}\n`);
      for (const duplicate of plan.duplicateEmails) {
        output.out(`-- held by ${duplicate.rows} rows: ${duplicate.email}`);
      }
      if (options.apply) output.out(`-- applied to ${plan.table}.`);
    }
    return 0;
  } finally {
    await database.close();
  }
}
