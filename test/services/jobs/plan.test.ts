import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  applyPlanToRows,
  planReconcile,
  type PlanRow,
} from '../../../src/services/jobs/reconcile-plan.ts';
import {
  cognitoUser,
  flags,
  listedUsers,
  pools,
  presentEmails,
  tables,
} from '../../support/plan-arbitraries.ts';

describe('reconcile planner', () => {
  it('links a row with a stale sub by email, reporting the old and new sub', () => {
    const rows: PlanRow[] = [
      {
        id: 'r1',
        sub: 'prod-sub',
        email: 'ada@example.com',
        emailVerified: true,
        name: null,
        phone: null,
        status: 'active',
        version: '1',
      },
    ];
    const plan = planReconcile([cognitoUser('staging-sub', 'Ada@Example.com')], rows, {
      listingComplete: true,
    });
    expect(plan.actions).toEqual([
      {
        kind: 'link',
        rowId: 'r1',
        version: '1',
        fromEmail: 'ada@example.com',
        oldSub: 'prod-sub',
        newSub: 'staging-sub',
        changes: {},
      },
    ]);
    expect(plan.details).toEqual([
      {
        email: 'ada@example.com',
        sub: 'staging-sub',
        status: 'linked',
        oldSub: 'prod-sub',
        newSub: 'staging-sub',
      },
    ]);
    expect(plan.counts).toMatchObject({ scanned: 1, linked: 1 });
  });

  it('marks deleted only with --mark-deleted and a complete listing, and says why not otherwise', () => {
    const rows: PlanRow[] = [
      {
        id: 'r1',
        sub: 'gone',
        email: 'x@example.com',
        emailVerified: true,
        name: null,
        phone: null,
        status: 'active',
        version: '1',
      },
    ];
    expect(planReconcile([], rows, { markDeleted: true, listingComplete: true }).actions).toEqual([
      { kind: 'markDeleted', rowId: 'r1', version: '1', sub: 'gone' },
    ]);
    const incomplete = planReconcile([], rows, { markDeleted: true, listingComplete: false });
    expect(incomplete.actions).toEqual([]);
    expect(incomplete.details).toEqual([
      {
        email: 'x@example.com',
        sub: 'gone',
        status: 'skippedNoCognitoUser',
        reason: 'the listing is not known to be complete',
      },
    ]);
  });

  it('reports an email two Cognito users share as a conflict and links neither', () => {
    const rows: PlanRow[] = [
      {
        id: 'r1',
        sub: null,
        email: 'ada@example.com',
        emailVerified: false,
        name: null,
        phone: null,
        status: 'guest',
        version: '1',
      },
    ];
    const plan = planReconcile(
      [cognitoUser('s1', 'ada@example.com'), cognitoUser('s2', 'ADA@example.com')],
      rows,
      {
        listingComplete: true,
      },
    );
    expect(plan.actions).toEqual([]);
    expect(plan.counts.conflicts).toBe(2);
  });

  it('disables the row of a user disabled in Cognito, and makes it active again when re-enabled', () => {
    const rows: PlanRow[] = [
      {
        id: 'r1',
        sub: 's1',
        email: 'ann@example.com',
        emailVerified: true,
        name: null,
        phone: null,
        status: 'active',
        version: '1',
      },
      {
        id: 'r2',
        sub: 's2',
        email: 'bob@example.com',
        emailVerified: true,
        name: null,
        phone: null,
        status: 'disabled',
        version: '1',
      },
    ];
    const plan = planReconcile(
      [
        { ...cognitoUser('s1', 'ann@example.com'), enabled: false },
        { ...cognitoUser('s2', 'bob@example.com'), enabled: true },
      ],
      rows,
      { listingComplete: true },
    );
    expect(plan.actions).toEqual([
      {
        kind: 'update',
        rowId: 'r1',
        version: '1',
        fromEmail: 'ann@example.com',
        sub: 's1',
        changes: { status: 'disabled' },
      },
      {
        kind: 'update',
        rowId: 'r2',
        version: '1',
        fromEmail: 'bob@example.com',
        sub: 's2',
        changes: { status: 'active' },
      },
    ]);
    expect(plan.counts.updated).toBe(2);
  });

  it('is idempotent: applying a plan and planning again gives no action', () => {
    fc.assert(
      fc.property(pools, tables, flags, (pool, rows, options) => {
        const users = listedUsers(pool);
        const after = applyPlanToRows(rows, planReconcile(users, rows, options), (n) => `new-${n}`);
        expect(planReconcile(users, after, options).actions).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('never removes a row, never gives one sub to two rows, never gives two rows one email', () => {
    fc.assert(
      fc.property(pools, tables, flags, (pool, rows, options) => {
        const users = listedUsers(pool);
        const after = applyPlanToRows(rows, planReconcile(users, rows, options), (n) => `new-${n}`);
        for (const row of rows)
          expect(after.some((candidate) => candidate.id === row.id)).toBe(true);
        const subs = after.map((row) => row.sub).filter((sub) => sub !== null);
        expect(new Set(subs).size).toBe(subs.length);
        const emails = presentEmails(after);
        expect(new Set(emails).size).toBe(emails.length);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps emails and subs unique after every single action, in the order the plan gives', () => {
    fc.assert(
      fc.property(pools, tables, flags, (pool, rows, options) => {
        const users = listedUsers(pool);
        const plan = planReconcile(users, rows, options);
        let state = rows;
        plan.actions.forEach((action, step) => {
          state = applyPlanToRows(state, { ...plan, actions: [action] }, (n) => `new-${step}-${n}`);
          const emails = presentEmails(state);
          expect(new Set(emails).size).toBe(emails.length);
          const subs = state.map((row) => row.sub).filter((sub) => sub !== null);
          expect(new Set(subs).size).toBe(subs.length);
        });
      }),
      { numRuns: 500 },
    );
  });
});
