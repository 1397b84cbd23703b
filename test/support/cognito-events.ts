import { readFileSync } from 'node:fs';
import type { CognitoTriggerEvent } from '../../src/triggers/types.ts';

/**
 * A trigger event as AWS sends it, from `test/fixtures/cognito/` (its README names where
 * each file comes from), deep-copied so a test may change it.
 */
export function awsEvent(name: string): CognitoTriggerEvent {
  const url = new URL(`../fixtures/cognito/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as CognitoTriggerEvent;
}
