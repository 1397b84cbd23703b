import { adoptCommand, doctorCommand, initCommand } from './commands/adopt.ts';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { UsersyncError } from '../domain/errors.ts';
import { loadConfig, type Config } from '../config/config.ts';
import { checkOneEnvironment } from './environment.ts';
import { runningStackDefaults } from '../local/local-file.ts';
import { devCommand } from './commands/dev.ts';
import { migrateCommand } from './commands/db.ts';
import { dlqListCommand, dlqRedriveCommand, type DlqOptions } from './commands/dlq.ts';
import { backfillClaimsCommand } from './commands/backfill-claims.ts';
import { importProfilesCommand } from './commands/import-profiles.ts';
import { migrateGuestsCommand } from './commands/migrate-guests.ts';
import { changesApplyCommand } from './commands/changes.ts';
import { outboxListCommand, outboxRedriveCommand } from './commands/outbox.ts';
import { relayCommand } from './commands/relay.ts';
import { serveCommand } from './commands/serve.ts';
import { syncCommand, syncUserCommand } from './commands/sync.ts';
import { userEraseCommand, userSetCommand } from './commands/user.ts';
import { ROLE_NAME } from '../domain/user.ts';
import {
  PRE_TOKEN_VERSIONS,
  TRIGGER_SLOTS,
  type PreTokenVersion,
  type TriggerName,
} from '../domain/triggers.ts';
import {
  triggersAttachCommand,
  triggersDetachCommand,
  triggersStatusCommand,
} from './commands/triggers.ts';
import { processOutput, reportFailure, type Output } from './output.ts';

/** Exit codes of CONTRACT.md. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** Parses a calls-per-second flag: a whole number from 1 to 100. */
function positiveRate(value: string): number {
  const rps = Number(value);
  if (!Number.isInteger(rps) || rps < 1 || rps > 100) {
    throw new InvalidArgumentError('takes a whole number from 1 to 100.');
  }
  return rps;
}

/** Parses a `--limit`: a whole number from 1 to 10000. */
function listLimit(value: string): number {
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) {
    throw new InvalidArgumentError('takes a whole number from 1 to 10000.');
  }
  return limit;
}

/** Parses `--roles`: comma-separated role names (`""` for none). */
function roleList(value: string): string[] {
  const roles = value === '' ? [] : value.split(',').map((role) => role.trim());
  const bad = roles.find((role) => !ROLE_NAME.test(role));
  if (bad !== undefined) {
    throw new InvalidArgumentError(
      `"${bad}" is not a role name: letters, digits and _ . : - (up to 64, no commas).`,
    );
  }
  return [...new Set(roles)];
}

/** Parses a Cognito `sub` (a UUID) for `--sub`: anything else cannot name a user. */
function cognitoSub(value: string): string {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) {
    throw new InvalidArgumentError("takes a Cognito sub (a UUID, as the user's sub attribute).");
  }
  return value.toLowerCase();
}

/** Parses a run id (`sync_runs.id`, a UUID) for `--resume`. */
function runId(value: string): string {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) {
    throw new InvalidArgumentError('takes the run id a report printed (a UUID).');
  }
  return value.toLowerCase();
}

/** What every command's action is given. */
interface Cli {
  output: Output;
  /** The global `--json`. */
  json: () => boolean;
  /** Where an action stores its exit code. */
  result: { code: number };
  /** Wraps an action that returns its exit code. */
  run: (action: () => Promise<number>) => () => Promise<void>;
}

/** Builds the `usersync` program; each action stores its exit code in `result`. */
export function buildProgram(output: Output, result: { code: number }): Command {
  const program = new Command('usersync')
    .description("Keeps an application's user database in step with an Amazon Cognito user pool.")
    .option('--json', 'print results as JSON', false)
    .option(
      '--allow-mixed-environments',
      'let one command reach local emulators and AWS together (refused otherwise)',
      false,
    )
    .exitOverride()
    .configureOutput({
      writeOut: (text) => output.out(text.trimEnd()),
      writeErr: (text) => output.err(text.trimEnd()),
    })
    .showSuggestionAfterError();
  const cli: Cli = {
    output,
    result,
    json: () => Boolean(program.opts<{ json: boolean }>().json),
    run: (action) => async () => {
      result.code = await action();
    },
  };
  // One command, one environment: all local or all AWS (the local stack itself excepted).
  program.hook('preAction', async (_program, action) => {
    if (action.name() === 'dev') return;
    await runningStackDefaults(process.env);
    let config: Config;
    try {
      config = loadConfig();
    } catch {
      return; // The command reports its configuration's errors itself.
    }
    const { allowMixedEnvironments } = program.opts<{ allowMixedEnvironments: boolean }>();
    await checkOneEnvironment(config, allowMixedEnvironments);
  });
  addStackCommands(program, cli);
  addJobCommands(program, cli);
  addEventCommands(program, cli);
  addUserCommands(program, cli);
  addTriggerCommands(program, cli);
  // Every command, nested ones included, exits through main() and writes where output says.
  const all = (command: Command): Command[] => [command, ...command.commands.flatMap(all)];
  for (const command of all(program)) {
    command.exitOverride().configureOutput(program.configureOutput());
  }
  return program;
}

/** `dev`, `serve` and `db migrate`. */
function addStackCommands(program: Command, cli: Cli): void {
  program
    .command('dev')
    .description('run the local stack: embedded database, Cognito emulator, triggers, API')
    .action(cli.run(() => devCommand(cli.output, { json: cli.json() })));

  const db = program.command('db').description('database commands');
  program
    .command('serve')
    .description('run the API as a long-running server, configured from the environment')
    .action(cli.run(() => serveCommand(cli.output, { json: cli.json() })));

  db.command('migrate')
    .description('apply schema migrations to DATABASE_URL (or the embedded database)')
    .action(cli.run(() => migrateCommand(cli.output, { json: cli.json() })));
  db.command('adopt')
    .description(
      'print the SQL the mapped users table needs (its indexes; --events: the events trigger); run it with --apply',
    )
    .option(
      '--events',
      "add the trigger that writes an event for each of the team's own writes",
      false,
    )
    .option('--apply', 'run the SQL (the one change usersync makes outside its schema)', false)
    .action((options: { events: boolean; apply: boolean }) =>
      cli.run(() => adoptCommand(cli.output, { ...options, json: cli.json() }))(),
    );
  program
    .command('init')
    .description('propose usersync.config.json from the database and the pool, and write it')
    .option('--yes', 'take the proposal as it is, asking nothing', false)
    .action((options: { yes: boolean }) =>
      cli.run(() => initCommand(cli.output, { ...options, json: cli.json() }))(),
    );
  program
    .command('doctor')
    .description('check usersync.config.json against the database and the pool (exit 1 on a miss)')
    .action(cli.run(() => doctorCommand(cli.output, { json: cli.json() })));
}

/** The jobs: `sync`, `backfill-claims`, `import-profiles`, `migrate-guests`. */
function addJobCommands(program: Command, cli: Cli): void {
  program
    .command('sync')
    .description('reconcile the Cognito pool with the DB (report, or apply)')
    .option('--dry-run', 'plan and report, write nothing', false)
    .option('--create-missing', 'create rows for Cognito users the DB lacks', false)
    .option(
      '--mark-deleted',
      'mark rows whose sub the pool lacks as deleted (never removes one)',
      false,
    )
    .option(
      '--segments <n>',
      'list in 1 or 16 segments',
      (value: string) => {
        if (value !== '1' && value !== '16') throw new InvalidArgumentError('takes 1 or 16.');
        return Number(value) as 1 | 16;
      },
      16 as 1 | 16,
    )
    .option('--rps <n>', 'ListUsers calls per second', positiveRate, 25)
    .option('--resume <runId>', 'continue an interrupted run (keeping its options)', runId)
    .addOption(
      new Option('--sub <sub>', 'sync this one user: re-read it from Cognito and apply the rules')
        .argParser(cognitoSub)
        .conflicts(['email', 'resume']),
    )
    .addOption(
      new Option('--email <email>', 'sync the one user with this email').conflicts(['resume']),
    )
    .action(
      async (options: {
        dryRun: boolean;
        createMissing: boolean;
        markDeleted: boolean;
        segments: 1 | 16;
        rps: number;
        resume?: string;
        sub?: string;
        email?: string;
      }) => {
        const { sub, email, ...full } = options;
        const json = cli.json();
        cli.result.code =
          sub !== undefined
            ? await syncUserCommand(cli.output, { sub, dryRun: options.dryRun, json })
            : email !== undefined
              ? await syncUserCommand(cli.output, { email, dryRun: options.dryRun, json })
              : await syncCommand(cli.output, { ...full, json });
      },
    );

  program
    .command('backfill-claims')
    .description("write the DB's claims to Cognito's custom attributes where they differ")
    .option('--dry-run', 'count, write nothing', false)
    .option('--rps <n>', 'AdminUpdateUserAttributes calls per second', positiveRate, 20)
    .option('--resume <runId>', 'continue an interrupted run', runId)
    .action(async (options: { dryRun: boolean; rps: number; resume?: string }) => {
      cli.result.code = await backfillClaimsCommand(cli.output, { ...options, json: cli.json() });
    });

  program
    .command('import-profiles')
    .description('copy Cognito attributes into DB profiles where the DB has no value')
    .option('--dry-run', 'count, write nothing', false)
    .option('--resume <runId>', 'continue an interrupted run', runId)
    .action(async (options: { dryRun: boolean; resume?: string }) => {
      cli.result.code = await importProfilesCommand(cli.output, { ...options, json: cli.json() });
    });

  program
    .command('migrate-guests')
    .description('create Cognito users for guest and legacy rows, and link their sub')
    .option('--dry-run', 'count, create nothing', false)
    .option('--all', 'also users with a legacy password hash (they must reset it)', false)
    .option('--rps <n>', 'AdminCreateUser calls per second', positiveRate, 20)
    .option('--resume <runId>', 'continue an interrupted run', runId)
    .action(async (options: { dryRun: boolean; all: boolean; rps: number; resume?: string }) => {
      cli.result.code = await migrateGuestsCommand(cli.output, { ...options, json: cli.json() });
    });
}

/** `relay`, `dlq list|redrive` and `changes apply`. */
function addEventCommands(program: Command, cli: Cli): void {
  program
    .command('changes')
    .description("Cognito's changes, as CloudTrail records them")
    .command('apply')
    .description('apply CloudTrail events (one, or a JSON array) as the change feed would')
    .argument('<file>', 'a JSON file: an EventBridge CloudTrail event, a record, or an array')
    .action(async (file: string) => {
      cli.result.code = await changesApplyCommand(cli.output, { file, json: cli.json() });
    });

  program
    .command('relay')
    .description('publish pending outbox events to EventBridge (EVENT_BUS_NAME)')
    .option('--once', 'publish what is due, then exit', false)
    .action(async (options: { once: boolean }) => {
      cli.result.code = await relayCommand(cli.output, { once: options.once, json: cli.json() });
    });

  const outbox = program.command('outbox').description('events the relay parked');
  outbox
    .command('list')
    .description('show parked events and their last error')
    .option('--limit <n>', 'at most this many', listLimit, 100)
    .action(async (options: { limit: number }) => {
      cli.result.code = await outboxListCommand(cli.output, { ...options, json: cli.json() });
    });
  outbox
    .command('redrive')
    .description('give parked events back to the relay, with fresh attempts')
    .argument('[ids...]', 'the parked events (their ids)')
    .option('--all', 'every parked event', false)
    .action(async (ids: string[], options: { all: boolean }) => {
      cli.result.code = await outboxRedriveCommand(cli.output, {
        ids,
        all: options.all,
        json: cli.json(),
      });
    });

  const dlq = program.command('dlq').description("a consumer's dead-letter queue");
  const queueOptions = (command: Command): Command =>
    command
      .option('--consumer <name>', "the local stack's consumer", 'profileProvisioner')
      .option('--queue-url <url>', 'the source queue (with --dlq-url, outside the local stack)')
      .option('--dlq-url <url>', 'the dead-letter queue');
  queueOptions(dlq.command('list').description('show dead letters, leaving them in place'))
    .option('--limit <n>', 'at most this many', '100')
    .action(async (options: Omit<DlqOptions, 'json'>) => {
      cli.result.code = await dlqListCommand(cli.output, { ...options, json: cli.json() });
    });
  queueOptions(dlq.command('redrive').description('move dead letters back to their queue')).action(
    async (options: Omit<DlqOptions, 'json'>) => {
      cli.result.code = await dlqRedriveCommand(cli.output, { ...options, json: cli.json() });
    },
  );
}

/** Parses `--function TRIGGER=ARN`, one per use, into a map. */
function functionOption(
  value: string,
  previous: Partial<Record<TriggerName, string>> = {},
): Partial<Record<TriggerName, string>> {
  const [trigger = '', arn = ''] = value.split(/=(.*)/s);
  if (!(trigger in TRIGGER_SLOTS)) {
    throw new InvalidArgumentError(
      `takes TRIGGER=ARN with TRIGGER one of ${Object.keys(TRIGGER_SLOTS).join(', ')}.`,
    );
  }
  if (!/^arn:aws[\w-]*:lambda:[\w-]+:\d{12}:function:[\w-]+(:[\w$-]+)?$/.test(arn)) {
    throw new InvalidArgumentError(`takes a Lambda function ARN after ${trigger}=.`);
  }
  return { ...previous, [trigger]: arn };
}

/** Parses a user pool id. */
function poolId(value: string): string {
  if (!/^[\w-]+_[0-9a-zA-Z]+$/.test(value)) throw new InvalidArgumentError('takes a user pool id.');
  return value;
}

/** `triggers status|attach|detach`: usersync's functions in a pool managed elsewhere. */
function addTriggerCommands(program: Command, cli: Cli): void {
  const triggers = program
    .command('triggers')
    .description("wire usersync's functions into an existing pool, changing nothing else");
  triggers
    .command('status')
    .description("what each of usersync's trigger slots holds, and whether it is usersync's")
    .requiredOption('--pool-id <id>', 'the user pool', poolId)
    .action(async (options: { poolId: string }) => {
      cli.result.code = await triggersStatusCommand(cli.output, { ...options, json: cli.json() });
    });
  triggers
    .command('attach')
    .description("put usersync's functions in the pool's trigger slots (prints the diff)")
    .requiredOption('--pool-id <id>', 'the user pool', poolId)
    .requiredOption(
      '--function <trigger=arn>',
      'a trigger and its function (repeat)',
      functionOption,
    )
    .addOption(
      new Option('--pre-token-version <version>', 'PreTokenGeneration event version').choices(
        PRE_TOKEN_VERSIONS,
      ),
    )
    .option('--force', "replace functions that are not usersync's (detach puts them back)", false)
    .option('--dry-run', 'print the diff, change nothing', false)
    .action(
      async (options: {
        poolId: string;
        function: Partial<Record<TriggerName, string>>;
        preTokenVersion?: PreTokenVersion;
        force: boolean;
        dryRun: boolean;
      }) => {
        cli.result.code = await triggersAttachCommand(cli.output, { ...options, json: cli.json() });
      },
    );
  triggers
    .command('detach')
    .description("take usersync's functions out, restoring what they replaced")
    .requiredOption('--pool-id <id>', 'the user pool', poolId)
    .option('--dry-run', 'print the diff, change nothing', false)
    .action(async (options: { poolId: string; dryRun: boolean }) => {
      cli.result.code = await triggersDetachCommand(cli.output, { ...options, json: cli.json() });
    });
}

/** `user set`. */
function addUserCommands(program: Command, cli: Cli): void {
  const user = program.command('user').description('user commands');
  user
    .command('set')
    .description("set a user's claims in the DB (and --admin: the Cognito group admin)")
    .argument('<email>', "the user's email (any case)")
    .option('--developer-id <id>', 'the developer id claim')
    .option('--user-type <type>', 'the user type claim')
    .option('--company-name <name>', 'the company name claim')
    .option('--roles <list>', 'the app roles, comma-separated; replaces them ("" clears)', roleList)
    .option(
      '--claim <name=value>',
      'any claim of the claim set, as text of its type (a list comma-separated; empty clears it); repeatable',
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option('--admin', 'add the user to the Cognito group admin')
    .action(async (email: string, options: Omit<Parameters<typeof userSetCommand>[2], 'json'>) => {
      cli.result.code = await userSetCommand(cli.output, email, { ...options, json: cli.json() });
    });
  user
    .command('erase')
    .description(
      "erase a user's personal data (GDPR art. 17): the Cognito user, the stored data, a user.erased event",
    )
    .argument('[email]', "the user's email (any case)")
    .addOption(new Option('--sub <sub>', 'the user by sub (finds an erased one too)'))
    .action(async (email: string | undefined, options: { sub?: string }) => {
      const target =
        options.sub !== undefined && email === undefined
          ? { sub: options.sub }
          : email !== undefined && options.sub === undefined
            ? { email }
            : undefined;
      if (target === undefined) {
        throw new UsersyncError('VALIDATION_FAILED', 'Give the email or --sub, one of them.');
      }
      cli.result.code = await userEraseCommand(cli.output, target, { json: cli.json() });
    });
}

/** Runs the CLI and returns its exit code: 0 success, 1 failure, 2 bad usage. */
export async function main(
  argv: readonly string[],
  output: Output = processOutput,
): Promise<number> {
  const result = { code: EXIT.ok };
  const program = buildProgram(output, result);
  try {
    await program.parseAsync([...argv]);
    return result.code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here too, with exit code 0.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    return reportFailure(output, error);
  }
}
