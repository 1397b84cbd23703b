import { createPreTokenGenerationHandler } from '../triggers/pre-token-generation.ts';
import { triggerFunction } from './bootstrap.ts';

/** The PreTokenGeneration trigger as a Lambda function. */
export const handler = triggerFunction(createPreTokenGenerationHandler);
