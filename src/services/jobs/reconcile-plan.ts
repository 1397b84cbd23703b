import { normalizeEmail } from '../../domain/email.ts';
import type { RowChanges } from '../../domain/user.ts';
import type { ListedUser, PlanAction, PlanRow } from '../../domain/reconcile.ts';

export type { ListedUser, PlanAction, PlanRow } from '../../domain/reconcile.ts';

/** Every decision, as the report lists it (CONTRACT.md `details`). */
export interface PlanDetail {
  /** The email, or `null` for a user without one (then `sub` says who). */
  email: string | null;
  sub?: string | null;
  status:
    | 'matched'
    | 'updated'
    | 'linked'
    | 'created'
    | 'markedDeleted'
    | 'skippedNoCognitoUser'
    | 'skippedNoDbUser'
    | 'skippedUnconfirmed'
    | 'conflict'
    | 'changedDuringRun'
    | 'failed';
  reason?: string;
  oldSub?: string | null;
  newSub?: string;
  /**
   * For `updated` and `markedDeleted`: each field the apply changes (or, in a dry run,
   * would), with the row's value and the new one, so that a dry run can be reviewed.
   */
  changes?: FieldChanges;
}

/** A field's value in the row, and what it becomes. */
export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

/** The field-level view of a row's changes, for a detail. */
export function fieldChanges(row: PlanRow, changes: RowChanges): FieldChanges {
  return Object.fromEntries(
    Object.entries(changes).map(([field, to]: [string, unknown]) => [
      field,
      { from: row[field as keyof RowChanges] ?? null, to },
    ]),
  );
}

/** The counts of CONTRACT.md. */
export interface PlanCounts {
  scanned: number;
  matched: number;
  updated: number;
  linked: number;
  created: number;
  markedDeleted: number;
  skippedNoCognitoUser: number;
  skippedNoDbUser: number;
  /** Users who signed up but never confirmed: no row is made or linked for them. */
  skippedUnconfirmed: number;
  conflicts: number;
  /**
   * Rows left alone because they changed while the run listed or planned (a sign-up, an
   * edit, a sign-in): the listing may be older than the row. The next run decides them.
   */
  changedDuringRun: number;
  /** Actions the database refused for that one user (the others were applied). */
  failed: number;
}

/**
 * What a reconcile found out of step (what it changed, or in a dry run would have): rows
 * updated, linked, created or marked deleted, users or rows on one side only, conflicts.
 * With the triggers and the change feed running, it is what those two missed.
 */
export function reconcileDrift(counts: PlanCounts): number {
  return (
    counts.updated +
    counts.linked +
    counts.created +
    counts.markedDeleted +
    counts.skippedNoDbUser +
    counts.skippedNoCognitoUser +
    counts.conflicts
  );
}

/** Counts of a plan that decided nothing yet. */
export function emptyCounts(): PlanCounts {
  return {
    scanned: 0,
    matched: 0,
    updated: 0,
    linked: 0,
    created: 0,
    markedDeleted: 0,
    skippedNoCognitoUser: 0,
    skippedNoDbUser: 0,
    skippedUnconfirmed: 0,
    conflicts: 0,
    changedDuringRun: 0,
    failed: 0,
  };
}

/** A reconcile plan: the actions to apply, and a detail per decision. */
export interface Plan {
  actions: PlanAction[];
  details: PlanDetail[];
  counts: PlanCounts;
}

/** Options for {@link planReconcile}. */
export interface PlanOptions {
  /** Create rows for Cognito users the DB lacks. @default false */
  createMissing?: boolean;
  /** Mark rows whose `sub` the pool lacks as deleted. @default false */
  markDeleted?: boolean;
  /**
   * Whether the listing is known to hold every Cognito user. Without it nothing is marked
   * deleted, whatever `markDeleted` says (a row would be "missing" only because a page was).
   */
  listingComplete: boolean;
}

function changesFor(row: PlanRow, user: ListedUser): RowChanges {
  const changes: RowChanges = {};
  // A guest row, which a link makes active, is disabled as well.
  if (user.enabled === false && (row.status === 'active' || row.status === 'guest'))
    changes.status = 'disabled';
  if (user.enabled === true && row.status === 'disabled') changes.status = 'active';
  if (user.email !== null && row.email !== user.email) changes.email = user.email;
  if (row.emailVerified !== user.emailVerified) changes.emailVerified = user.emailVerified;
  if (user.name !== null && row.name !== user.name) changes.name = user.name;
  if (user.phone !== null && row.phone !== user.phone) changes.phone = user.phone;
  return changes;
}

/** Who a detail is about: an email where there is one, and the `sub`. */
interface Who {
  email: string | null;
  sub: string | null;
}

function whoOf({ email, sub }: Who): Who {
  return { email, sub };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * Plans a reconcile of the pool's users against the DB's rows. Pure: no I/O.
 * - A user whose `sub` a row has: that row takes Cognito's email, `email_verified`, name and
 *   phone where they differ (`update`), or nothing changes (`matched`).
 * - Else a row with the user's email in any case: it is linked to the user's `sub`
 *   (`link`, with the old and new `sub`: the copied-database case).
 * - Else `skippedNoDbUser`, or a new row with `createMissing`; an unconfirmed user gets
 *   neither a link nor a row (`skippedUnconfirmed`), and its row, if any, is kept.
 * - Rows whose `sub` the pool lacks: `skippedNoCognitoUser`, or `markDeleted` with
 *   `markDeleted` when the listing is complete. Rows are never removed.
 * - Conflicts are reported, not applied: rows whose emails differ only by case, an email
 *   two Cognito users share, a `sub` two rows hold, a link that would give a `sub` a second
 *   row, or an email another row already has.
 */
export function planReconcile(
  cognitoUsers: readonly ListedUser[],
  rows: readonly PlanRow[],
  options: PlanOptions,
): Plan {
  const planner = new ReconcilePlanner(cognitoUsers, rows, options);
  planner.reportEmailCaseConflicts();
  const { unmatched, emailChanges } = planner.matchBySub();
  planner.settleEmailChanges(emailChanges);
  planner.matchByEmail(unmatched);
  planner.settleRowsGoneFromPool();
  return planner.plan;
}

/** A matched user whose email changes: it waits until the email is free. */
interface EmailChange {
  user: ListedUser;
  row: PlanRow;
  changes: RowChanges & { email: string };
}

/** The planner's state through its passes; each pass is a method, in the order above. */
class ReconcilePlanner {
  readonly plan: Plan;
  private readonly users: ListedUser[];
  private readonly rows: readonly PlanRow[];
  private readonly options: PlanOptions;
  private readonly rowsBySub: Map<string, PlanRow[]>;
  private readonly rowsByEmail: Map<string, PlanRow[]>;
  private readonly usersByEmail: Map<string, ListedUser[]>;
  private readonly poolSubs: Set<string>;
  /** Rows that end this plan holding a sub of the pool (by match or by link). */
  private readonly claimed = new Set<string>();
  /** Emails rows will hold after the plan: a change onto a taken email is a conflict. */
  private readonly emailOwner = new Map<string, string>();
  /** Each row's email as the plan leaves it (pass 1 moves some). */
  private readonly effectiveEmail: Map<string, string | null>;

  constructor(cognitoUsers: readonly ListedUser[], rows: readonly PlanRow[], options: PlanOptions) {
    this.plan = {
      actions: [],
      details: [],
      counts: { ...emptyCounts(), scanned: cognitoUsers.length },
    };
    this.options = options;
    this.rows = rows;
    this.users = cognitoUsers.map((user) => ({
      ...user,
      email: user.email === null ? null : normalizeEmail(user.email),
    }));
    this.rowsBySub = groupBy(rows, (row) => row.sub);
    this.rowsByEmail = groupBy(rows, (row) =>
      row.email === null ? null : normalizeEmail(row.email),
    );
    this.usersByEmail = groupBy(this.users, (user) => user.email);
    this.poolSubs = new Set(this.users.map((user) => user.sub));
    for (const [email, [only, ...others]] of this.rowsByEmail) {
      if (only !== undefined && others.length === 0) this.emailOwner.set(email, only.id);
    }
    this.effectiveEmail = new Map(
      rows.map((row) => [row.id, row.email === null ? null : normalizeEmail(row.email)]),
    );
  }

  private conflict(who: Who, reason: string): void {
    this.plan.counts.conflicts++;
    this.plan.details.push({ ...whoOf(who), status: 'conflict', reason });
  }

  /** A row that changed since the run began: left alone, and said so. */
  private changedDuringRun(who: Who): void {
    this.plan.counts.changedDuringRun++;
    this.plan.details.push({
      ...whoOf(who),
      status: 'changedDuringRun',
      reason: CHANGED_DURING_RUN,
    });
  }

  private usersSharing(email: string | null): ListedUser[] {
    return email === null ? [] : (this.usersByEmail.get(email) ?? []);
  }

  /** A matched user: `matched` when nothing changes, else an `update`. */
  private decide(user: ListedUser, row: PlanRow, changes: RowChanges): void {
    const { actions, details, counts } = this.plan;
    if (Object.keys(changes).length === 0) {
      counts.matched++;
      details.push({ ...whoOf(user), status: 'matched' });
    } else {
      counts.updated++;
      actions.push({
        kind: 'update',
        rowId: row.id,
        version: row.version,
        fromEmail: row.email,
        sub: user.sub,
        changes,
      });
      details.push({ ...whoOf(user), status: 'updated', changes: fieldChanges(row, changes) });
    }
  }

  /** Rows whose emails differ only by case: reported, and none of them is matched by email. */
  reportEmailCaseConflicts(): void {
    for (const [email, group] of this.rowsByEmail) {
      if (group.length > 1)
        this.conflict(
          { email, sub: null },
          `${group.length} rows have this email in different cases`,
        );
    }
  }

  /**
   * Pass 1: users a row already has by sub. Those whose email does not change are decided
   * now; the email changes are returned, to land before pass 2 matches emails against the
   * rows as they will be. Users no row has by sub are returned for pass 2.
   */
  matchBySub(): { unmatched: ListedUser[]; emailChanges: EmailChange[] } {
    const unmatched: ListedUser[] = [];
    const emailChanges: EmailChange[] = [];
    for (const user of this.users) {
      const bySub = this.rowsBySub.get(user.sub) ?? [];
      if (bySub.length > 1) {
        this.conflict(user, `sub held by ${bySub.length} rows`);
        continue;
      }
      const matched = bySub[0];
      if (matched === undefined) {
        unmatched.push(user);
        continue;
      }
      this.claimed.add(matched.id);
      const changes = changesFor(matched, user);
      if (matched.changedDuringRun === true && Object.keys(changes).length > 0) {
        this.changedDuringRun(user);
      } else if (changes.email === undefined) {
        this.decide(user, matched, changes);
      } else if (this.usersSharing(user.email).length > 1) {
        this.conflict(user, 'the new email belongs to another Cognito user too');
      } else {
        emailChanges.push({ user, row: matched, changes: { ...changes, email: changes.email } });
      }
    }
    return { unmatched, emailChanges };
  }

  /**
   * An email change waits until its email is free (another row may be moving off it in
   * this run), round after round; changes that never find a free email (taken, or a swap)
   * are conflicts. Actions keep the order in which they can be applied one after another.
   */
  settleEmailChanges(changes: EmailChange[]): void {
    let waiting = changes;
    for (let progress = true; progress;) {
      progress = false;
      waiting = waiting.filter(({ user, row, changes }) => {
        const owner = this.emailOwner.get(changes.email);
        if (owner !== undefined && owner !== row.id) return true;
        const before = this.effectiveEmail.get(row.id) ?? '';
        if (this.emailOwner.get(before) === row.id) this.emailOwner.delete(before);
        this.emailOwner.set(changes.email, row.id);
        this.effectiveEmail.set(row.id, changes.email);
        this.decide(user, row, changes);
        progress = true;
        return false;
      });
    }
    for (const { user } of waiting) this.conflict(user, 'the new email belongs to another row');
  }

  /**
   * Pass 2: users no row has by sub, by email against the rows as pass 1 leaves them: a
   * `link`, a `create` (with `createMissing`), or a skip.
   */
  matchByEmail(unmatched: readonly ListedUser[]): void {
    const { details, counts } = this.plan;
    const rowsByEffectiveEmail = groupBy(
      this.rows,
      (row) => this.effectiveEmail.get(row.id) ?? null,
    );
    for (const user of unmatched) {
      if (user.unconfirmed === true) {
        counts.skippedUnconfirmed++;
        details.push({ ...whoOf(user), status: 'skippedUnconfirmed' });
        continue;
      }
      const emailTwins = this.usersSharing(user.email);
      if (emailTwins.length > 1) {
        this.conflict(user, `${emailTwins.length} Cognito users have this email`);
        continue;
      }
      const byEmail = user.email === null ? [] : (rowsByEffectiveEmail.get(user.email) ?? []);
      if (byEmail.length > 1) continue; // reported by reportEmailCaseConflicts
      const candidate = byEmail[0];
      if (candidate !== undefined) {
        this.link(user, candidate);
      } else if (this.options.createMissing === true) {
        this.create(user);
      } else {
        counts.skippedNoDbUser++;
        details.push({ ...whoOf(user), status: 'skippedNoDbUser' });
      }
    }
  }

  private link(user: ListedUser, row: PlanRow): void {
    if (this.claimed.has(row.id) || (row.sub !== null && this.poolSubs.has(row.sub))) {
      this.conflict(user, 'the row with this email belongs to another Cognito user');
      return;
    }
    this.claimed.add(row.id);
    if (row.changedDuringRun === true) {
      this.changedDuringRun(user);
      return;
    }
    this.plan.counts.linked++;
    this.plan.actions.push({
      kind: 'link',
      rowId: row.id,
      version: row.version,
      fromEmail: row.email,
      oldSub: row.sub,
      newSub: user.sub,
      changes: changesFor(row, user),
    });
    this.plan.details.push({ ...whoOf(user), status: 'linked', oldSub: row.sub, newSub: user.sub });
  }

  private create(user: ListedUser): void {
    const owner = user.email === null ? undefined : this.emailOwner.get(user.email);
    if (owner !== undefined) {
      this.conflict(user, 'another row takes this email in this run');
      return;
    }
    if (user.email !== null) this.emailOwner.set(user.email, `new:${user.sub}`);
    this.plan.counts.created++;
    this.plan.actions.push({ kind: 'create', user });
    this.plan.details.push({ ...whoOf(user), status: 'created' });
  }

  /**
   * Rows whose `sub` the pool lacks: `markDeleted` when asked and the listing is complete,
   * else `skippedNoCognitoUser`; a row written since the run began (a user who signed up
   * while it listed) is `changedDuringRun`. Never removed.
   */
  settleRowsGoneFromPool(): void {
    const { actions, details, counts } = this.plan;
    const mayMarkDeleted = this.options.markDeleted === true && this.options.listingComplete;
    for (const row of this.rows) {
      if (
        row.sub === null ||
        this.poolSubs.has(row.sub) ||
        this.claimed.has(row.id) ||
        row.status === 'deleted'
      )
        continue;
      if (row.changedDuringRun === true) {
        this.changedDuringRun(row);
      } else if (mayMarkDeleted) {
        counts.markedDeleted++;
        actions.push({ kind: 'markDeleted', rowId: row.id, version: row.version, sub: row.sub });
        details.push({
          ...whoOf(row),
          status: 'markedDeleted',
          changes: { status: { from: row.status, to: 'deleted' } },
        });
      } else {
        counts.skippedNoCognitoUser++;
        details.push({
          ...whoOf(row),
          status: 'skippedNoCognitoUser',
          ...(this.options.markDeleted === true && {
            reason: 'the listing is not known to be complete',
          }),
        });
      }
    }
  }
}

/**
 * Applies a plan to rows in memory, as the DB apply does: what a dry run previews, and what
 * the planner's properties are checked against. New rows get ids from `newId`.
 */
export function applyPlanToRows(
  rows: readonly PlanRow[],
  plan: Plan,
  newId: (n: number) => string,
): PlanRow[] {
  const byId = new Map(rows.map((row) => [row.id, { ...row }]));
  let created = 0;
  for (const action of plan.actions) {
    switch (action.kind) {
      case 'update':
      case 'link': {
        const row = byId.get(action.rowId);
        if (row === undefined) break;
        // As the apply's statement: a status Cognito decides wins; a guest linked is active.
        const promote = action.kind === 'link' && row.status === 'guest';
        if (action.kind === 'link') row.sub = action.newSub;
        Object.assign(row, action.changes);
        if (promote && action.changes.status === undefined) row.status = 'active';
        break;
      }
      case 'create': {
        const id = newId(created++);
        const { user } = action;
        byId.set(id, {
          id,
          sub: user.sub,
          email: user.email,
          emailVerified: user.emailVerified,
          name: user.name,
          phone: user.phone,
          status: user.enabled === false ? 'disabled' : 'active',
          version: '1',
        });
        break;
      }
      case 'markDeleted': {
        const row = byId.get(action.rowId);
        if (row !== undefined) row.status = 'deleted';
        break;
      }
    }
  }
  return [...byId.values()];
}

/** Why a `changedDuringRun` row was left alone. */
const CHANGED_DURING_RUN =
  'the row changed while the run listed or planned; the next run decides it';

/**
 * Moves the actions the apply skipped, because their row had changed since it was read,
 * from what was planned to `changedDuringRun`.
 */
export function recordChangedDuringRun(
  plan: Plan,
  skipped: readonly { sub: string; action: PlanAction['kind'] }[],
): void {
  for (const { sub, action } of skipped) {
    moveDecision(plan, sub, action, 'changedDuringRun', CHANGED_DURING_RUN);
  }
}

/**
 * Moves one planned decision (the detail of `sub` done by `action`) to `outcome`, with its
 * reason, in the details and the counts alike; nothing when it is not in the plan.
 */
function moveDecision(
  plan: Plan,
  sub: string,
  action: PlanAction['kind'],
  outcome: 'failed' | 'changedDuringRun',
  reason: string,
): void {
  const status = DONE[action];
  const detail = plan.details.find((one) => one.sub === sub && one.status === status);
  if (detail === undefined) return;
  detail.status = outcome;
  detail.reason = reason;
  plan.counts[status]--;
  plan.counts[outcome]++;
}

/** What each action kind counts as, in the counts and the details. */
const DONE = {
  update: 'updated',
  link: 'linked',
  create: 'created',
  markDeleted: 'markedDeleted',
} as const satisfies Record<PlanAction['kind'], PlanDetail['status'] & keyof PlanCounts>;

/**
 * Turns the actions the apply could not take into `failed` decisions: the detail of that
 * user says why, and the counts move from what was planned to `failed`.
 */
export function recordFailures(
  plan: Plan,
  failures: readonly { sub: string; action: PlanAction['kind']; reason: string }[],
): void {
  for (const { sub, action, reason } of failures) {
    moveDecision(plan, sub, action, 'failed', reason);
  }
}
