import { createPostAuthenticationHandler } from '../triggers/post-authentication.ts';
import { triggerFunction } from './bootstrap.ts';

/** The PostAuthentication trigger as a Lambda function. */
export const handler = triggerFunction(createPostAuthenticationHandler);
