import { loadConfig } from '../../config/config.ts';
import {
  runImportProfiles,
  type ImportProfilesOptions,
} from '../../services/jobs/import-profiles.ts';
import { runTableImportProfiles } from '../../services/jobs/table-jobs.ts';
import { runJobCommand, runTableJobCommand } from '../job.ts';
import type { Output } from '../output.ts';

/** `usersync import-profiles`: Cognito attributes into the store's profiles where it has none. */
export async function importProfilesCommand(
  output: Output,
  options: ImportProfilesOptions & { json: boolean },
): Promise<number> {
  if (loadConfig().userStore === 'dynamodb') {
    await runTableJobCommand(output, 'import-profiles', runTableImportProfiles, options);
  } else {
    await runJobCommand(output, 'import-profiles', runImportProfiles, options);
  }
  return 0;
}
