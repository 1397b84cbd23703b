import { createPreSignUpHandler } from '../triggers/pre-sign-up.ts';
import { triggerFunction } from './bootstrap.ts';

/** The PreSignUp trigger as a Lambda function. */
export const handler = triggerFunction(createPreSignUpHandler);
