import {
  runImportProfiles,
  type ImportProfilesOptions,
} from '../../services/jobs/import-profiles.ts';
import { runJobCommand } from '../job.ts';
import type { Output } from '../output.ts';

/** `usersync import-profiles`: Cognito attributes into the store's profiles where it has none. */
export async function importProfilesCommand(
  output: Output,
  options: ImportProfilesOptions & { json: boolean },
): Promise<number> {
  await runJobCommand(output, 'import-profiles', runImportProfiles, options);
  return 0;
}
