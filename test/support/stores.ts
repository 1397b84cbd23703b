import { DEFAULT_CLAIM_SET, type ClaimSet } from '../../src/domain/claims.ts';
import type { EventEnvelope } from '../../src/domain/events.ts';
import { postgresStore, type StoreHandle } from '../../src/stores/configured.ts';
import { dynamoStore } from '../../src/stores/dynamodb/handle.ts';
import { ensureTables } from '../../src/stores/dynamodb/tables.ts';
import { startDynalite, type LocalDynamo } from '../../support/dynalite.ts';
import { TEST_DATABASES } from './databases.ts';
import { assertValidEvent } from './event-schemas.ts';

/** The DynamoDB store's names in tests: the table shape (key `userId`, three claim attributes, `profile`). */
export const TEST_DYNAMO_NAMES = {
  keyAttribute: 'userId',
  profileAttribute: 'profile',
};

/** An open store for one test file, and what tests need around it. */
export interface TestStore {
  handle: StoreHandle;
  /** The events written since the last call, oldest first (published through the relay's path). */
  takeEvents(): Promise<EventEnvelope[]>;
  /** dynalite, for the DynamoDB store (tests put items shaped as a team's own). */
  dynamo?: LocalDynamo & { usersTable: string };
  close(): Promise<void>;
}

/** A store the service suite runs on. */
export interface TestStoreKind {
  name: string;
  /** Opens the store; `claims` is the claim set (DynamoDB reads each claim's attribute from it). */
  open(claims?: ClaimSet): Promise<TestStore>;
}

let tables = 0;

/** Every store: PGlite, PostgreSQL (with `TEST_DATABASE_URL`), and DynamoDB on dynalite. */
export const TEST_STORES: TestStoreKind[] = [
  ...TEST_DATABASES.map((database) => ({
    name: database.name,
    open: async (): Promise<TestStore> => {
      const handle = postgresStore(await database.open());
      return { handle, takeEvents: () => takeEvents(handle), close: () => handle.close() };
    },
  })),
  {
    name: 'dynalite',
    open: async (claims: ClaimSet = DEFAULT_CLAIM_SET): Promise<TestStore> => {
      const dynamo = await startDynalite();
      tables += 1;
      const usersTable = `users-${process.pid}-${tables}`;
      await ensureTables(dynamo.client, { usersTable, keyAttribute: 'userId' });
      // dynalite's timings are not DynamoDB's (DESIGN.md): on two busy cores, thirty writers
      // of one item take longer than DynamoDB's budget, so the tests give them more.
      const handle = dynamoStore(dynamo.client, { ...TEST_DYNAMO_NAMES, usersTable }, claims, {
        writeBudgetMs: 30_000,
      });
      return {
        handle,
        takeEvents: () => takeEvents(handle),
        dynamo: { ...dynamo, usersTable },
        close: () => dynamo.stop(),
      };
    },
  },
];

async function takeEvents(handle: StoreHandle): Promise<EventEnvelope[]> {
  const events: EventEnvelope[] = [];
  for (;;) {
    const claimed = await handle.outbox.relayBatch(100, (batch) => {
      events.push(...batch.map((event) => event.payload));
      return Promise.resolve({ published: batch.map((event) => event.id), failures: [] });
    });
    if (claimed === 0) break;
  }
  // Every event the store suites read is one the shipped JSON Schemas accept.
  events.forEach(assertValidEvent);
  return events.sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
}
