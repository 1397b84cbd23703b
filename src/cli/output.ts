import { isUsersyncError, UsersyncError } from '../domain/errors.ts';

/** Where a command writes: stdout for results, stderr for errors (CONTRACT.md). */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

/** The process's own streams. */
export const processOutput: Output = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/** Reports a failed command on stderr and returns its exit code from the error catalog. */
export function reportFailure(output: Output, error: unknown): number {
  // PostgreSQL's undefined_table: the database was never migrated.
  if ((error as { code?: unknown } | null)?.code === '42P01') {
    return reportFailure(output, new UsersyncError('DB_NOT_MIGRATED', undefined, { cause: error }));
  }
  if (isUsersyncError(error)) {
    output.err(`usersync: ${error.message} [${error.code}]`);
    return error.exitCode;
  }
  output.err(`usersync: ${error instanceof Error ? error.message : String(error)}`);
  return 1;
}
