import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { EVENT_TYPES } from '../../src/domain/events.ts';
import { verifyWebhook, type WebhookHeaders } from '../../src/sdk/events.ts';

// The shipped JSON Schemas (schema/events/<type>.json), compiled once: every event a test
// reads from a store is checked against its type's schema, by a validator that is not the
// zod one the schemas are written from.

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
const validators = new Map(
  EVENT_TYPES.map((type) => [
    type as string,
    ajv.compile(
      JSON.parse(
        readFileSync(new URL(`../../schema/events/${type}.json`, import.meta.url), 'utf8'),
      ) as object,
    ),
  ]),
);

/** Throws, naming the event and what is wrong, when an event does not match its schema. */
export function assertValidEvent(event: { type: string }): void {
  const { type } = event;
  const validate = validators.get(type);
  if (validate === undefined) throw new Error(`No schema for the event type ${type}`);
  if (!validate(event)) {
    throw new Error(
      `The ${type} event ${JSON.stringify(event)} does not match its schema: ${ajv.errorsText(validate.errors)}`,
    );
  }
}

/**
 * What a receiver does with usersync/events, at delivery (its timestamp is checked against
 * now): the Standard Webhooks signature, then the event's schema. `ok`, or what failed.
 */
export function webhookVerdict(secret: string, headers: WebhookHeaders, body: string): string {
  try {
    assertValidEvent(verifyWebhook(secret, headers, body));
    return 'ok';
  } catch (error) {
    return String(error);
  }
}
