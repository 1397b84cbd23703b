import { createUserMigrationHandler } from '../triggers/user-migration.ts';
import { triggerFunction } from './bootstrap.ts';

/** The UserMigration trigger as a Lambda function. */
export const handler = triggerFunction(createUserMigrationHandler);
