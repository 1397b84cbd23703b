import { missingCredentials } from '../aws/credentials.ts';
import { toDbError } from '../db/errors.ts';
import { isUsersyncError } from '../domain/errors.ts';

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
  const known = toDbError(error) ?? missingCredentials(error);
  if (known !== undefined) return reportFailure(output, known);
  if (isUsersyncError(error)) {
    output.err(`usersync: ${error.message} [${error.code}]`);
    return error.exitCode;
  }
  output.err(`usersync: ${error instanceof Error ? error.message : String(error)}`);
  return 1;
}
