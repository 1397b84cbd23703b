import type { Migration } from 'kysely';
import * as initial from './0001-initial.ts';
import * as consumerPositions from './0002-consumer-positions.ts';
import * as syncListed from './0003-sync-listed.ts';
import * as userEventFunction from './0004-user-event-function.ts';
import * as userRoles from './0005-user-roles.ts';
import * as optionalEmail from './0006-optional-email.ts';
import * as userVersion from './0007-user-version.ts';
import * as syncListedSettled from './0008-sync-listed-settled.ts';
import * as rateLimits from './0009-rate-limits.ts';
import * as updatedAtStamp from './0010-updated-at-stamp.ts';
import * as releasedEmails from './0011-released-emails.ts';
import * as outboxParked from './0012-outbox-parked.ts';
import * as retention from './0013-retention.ts';
import * as consumerLeases from './0014-consumer-leases.ts';
import * as claimsObject from './0015-claims-object.ts';
import * as userKey from './0016-user-key.ts';
import * as adminRecords from './0017-admin-records.ts';
import * as cacheWrites from './0018-cache-writes.ts';
import * as auditStarted from './0019-audit-started.ts';

/**
 * Every migration, by name; names sort in the order they apply. Listed statically (not read
 * from disk) so that bundles carry them.
 */
export const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-consumer-positions': consumerPositions,
  '0003-sync-listed': syncListed,
  '0004-user-event-function': userEventFunction,
  '0005-user-roles': userRoles,
  '0006-optional-email': optionalEmail,
  '0007-user-version': userVersion,
  '0008-sync-listed-settled': syncListedSettled,
  '0009-rate-limits': rateLimits,
  '0010-updated-at-stamp': updatedAtStamp,
  '0011-released-emails': releasedEmails,
  '0012-outbox-parked': outboxParked,
  '0013-retention': retention,
  '0014-consumer-leases': consumerLeases,
  '0015-claims-object': claimsObject,
  '0016-user-key': userKey,
  '0017-admin-records': adminRecords,
  '0018-cache-writes': cacheWrites,
  '0019-audit-started': auditStarted,
};
