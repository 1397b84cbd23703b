import { runImportProfiles, type ImportProfilesOptions } from '../../sync/import-profiles.ts';
import { printJobReport, withJobContext } from '../job.ts';
import type { Output } from '../output.ts';

/** `usersync import-profiles`: Cognito attributes into DB profiles where the DB has none. */
export async function importProfilesCommand(
  output: Output,
  options: ImportProfilesOptions & { json: boolean },
): Promise<number> {
  const { json, ...job } = options;
  const report = await withJobContext('import-profiles', ({ db, cognito, logger, progress }) =>
    runImportProfiles(db, cognito, { ...job, logger }, (done, total) =>
      progress.update(done, total, 'users'),
    ),
  );
  printJobReport(output, json, report);
  return 0;
}
