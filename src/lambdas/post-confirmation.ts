import { createPostConfirmationHandler } from '../triggers/post-confirmation.ts';
import { triggerFunction } from './bootstrap.ts';

/** The PostConfirmation trigger as a Lambda function. */
export const handler = triggerFunction(createPostConfirmationHandler);
