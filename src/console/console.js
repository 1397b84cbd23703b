// The admin console: a page of usersync's own, served by its API at /console. Every
// read and every action goes through the admin API with the signed-in admin's token, so
// the console has no powers of its own. Tokens are kept in this module's memory only:
// never in localStorage, sessionStorage or a cookie, where another script or a later
// visitor could read them. A reload signs out. Text is set as text (never as HTML), and
// the content security policy lets only this origin's script and style run.

/** @type {{ idToken: string, accessToken: string, refreshToken: string } | null} */
let tokens = null;

const main = /** @type {HTMLElement} */ (document.getElementById('main'));
const status = /** @type {HTMLElement} */ (document.getElementById('status'));
const nav = /** @type {HTMLElement} */ (document.querySelector('nav'));

/**
 * An element with attributes (`on…` ones as listeners) and children (text or elements).
 * @param {string} tag
 * @param {Record<string, unknown>} [attributes]
 * @param {...(Node | string | number | boolean | null | undefined | (Node | string)[])} children
 * @returns {HTMLElement}
 */
function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), /** @type {EventListener} */ (value));
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

/** Says something to the operator (read out by screen readers). */
function say(message) {
  status.textContent = message;
  setTimeout(() => {
    if (status.textContent === message) status.textContent = '';
  }, 5000);
}

/** Shows a page: its heading first, focus on the page for keyboard and screen-reader users. */
function show(...children) {
  main.replaceChildren(...children.filter((child) => child !== null && child !== undefined));
  main.focus();
}

/** An error the API answered with, in its envelope. */
class ApiError extends Error {
  /** @param {string} code @param {string} message @param {number} httpStatus */
  constructor(code, message, httpStatus) {
    super(message);
    this.code = code;
    this.httpStatus = httpStatus;
  }
}

/**
 * Calls the API with the admin's id token; an expired token is refreshed once.
 * @param {string} method @param {string} path @param {unknown} [body]
 */
async function api(method, path, body, retried = false) {
  const answer = await fetch(path, {
    method,
    headers: {
      ...(tokens !== null && { authorization: `Bearer ${tokens.idToken}` }),
      ...(body !== undefined && { 'content-type': 'application/json' }),
    },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  if (answer.status === 204) return null;
  const json = await answer.json();
  if (answer.ok) return json;
  const error = new ApiError(
    json?.error?.code ?? 'INTERNAL',
    json?.error?.message ?? 'Something went wrong.',
    answer.status,
  );
  if (error.code === 'TOKEN_EXPIRED' && tokens !== null && !retried) {
    const fresh = await api('POST', '/auth/refresh', { refreshToken: tokens.refreshToken }, true);
    tokens = { ...fresh, refreshToken: fresh.refreshToken ?? tokens.refreshToken };
    return api(method, path, body, true);
  }
  if (answer.status === 401 && path !== '/auth/login' && path !== '/auth/challenge') {
    signOut('Your session has ended: sign in again.');
  }
  throw error;
}

/** Runs an action, saying how it went; returns its answer, or undefined when it failed. */
async function act(label, run) {
  try {
    const answer = await run();
    say(`${label}: done.`);
    return answer;
  } catch (error) {
    say(
      `${label}: ${error instanceof ApiError ? `${error.code}, ${error.message}` : String(error)}`,
    );
    return undefined;
  }
}

/** The payload of a JWT (not verified here: the API verifies every token it is sent). */
function claimsOf(jwt) {
  const part = jwt.split('.')[1] ?? '';
  return JSON.parse(atob(part.replace(/-/g, '+').replace(/_/g, '/')));
}

function signOut(message) {
  tokens = null;
  nav.hidden = true;
  location.hash = '#/sign-in';
  signInPage(message);
}

// ---- sign-in ----

function signInPage(message) {
  const form = h(
    'form',
    { 'aria-label': 'Sign in', onsubmit: submit },
    h(
      'label',
      {},
      'Email',
      h('input', { name: 'email', type: 'email', required: true, autocomplete: 'username' }),
    ),
    h(
      'label',
      {},
      'Password',
      h('input', {
        name: 'password',
        type: 'password',
        required: true,
        autocomplete: 'current-password',
      }),
    ),
    h('button', { type: 'submit' }, 'Sign in'),
  );
  show(
    h('h1', {}, 'Sign in to the usersync console'),
    message ? h('p', { role: 'alert' }, message) : null,
    form,
  );

  async function submit(event) {
    event.preventDefault();
    const data = new FormData(form);
    try {
      signedIn(
        await api('POST', '/auth/login', {
          email: data.get('email'),
          password: data.get('password'),
        }),
      );
    } catch (error) {
      signInPage(error instanceof ApiError ? error.message : String(error));
    }
  }
}

/** A challenge Cognito asks for, answered in a form; then on as a sign-in's answer. */
function challengePage(challenge, message) {
  const { name, session, available } = challenge;
  const fields = [];
  if (name === 'NEW_PASSWORD_REQUIRED') {
    fields.push(
      h(
        'label',
        {},
        'New password',
        h('input', {
          name: 'newPassword',
          type: 'password',
          required: true,
          autocomplete: 'new-password',
        }),
      ),
    );
  } else if (name === 'SELECT_MFA_TYPE' || name === 'SELECT_CHALLENGE') {
    fields.push(
      h(
        'label',
        {},
        'Method',
        h(
          'select',
          { name: 'choice' },
          (available ?? []).map((option) => h('option', { value: option }, option)),
        ),
      ),
    );
  } else if (name === 'WEB_AUTHN') {
    show(
      h('h1', {}, 'Sign in'),
      h('p', { role: 'alert' }, 'Passkeys are not taken here: sign in with a password.'),
    );
    return;
  } else {
    fields.push(
      h(
        'label',
        {},
        'Code',
        h('input', {
          name: 'code',
          inputmode: 'numeric',
          autocomplete: 'one-time-code',
          required: true,
        }),
      ),
    );
  }
  const form = h(
    'form',
    { 'aria-label': 'Answer the challenge', onsubmit: submit },
    ...fields,
    h('button', { type: 'submit' }, 'Continue'),
  );
  show(
    h('h1', {}, 'One more step'),
    h('p', {}, `Cognito asks for ${name}.`),
    message ? h('p', { role: 'alert' }, message) : null,
    form,
  );

  async function submit(event) {
    event.preventDefault();
    const answer = Object.fromEntries(new FormData(form));
    try {
      signedIn(await api('POST', '/auth/challenge', { session, name, ...answer }));
    } catch (error) {
      challengePage(challenge, error instanceof ApiError ? error.message : String(error));
    }
  }
}

function signedIn(answer) {
  if (answer.challenge) {
    challengePage(answer.challenge);
    return;
  }
  const groups = claimsOf(answer.idToken)['cognito:groups'] ?? [];
  if (!groups.includes('admin')) {
    signInPage('Only members of the admin group can use the console.');
    return;
  }
  tokens = answer;
  nav.hidden = false;
  if (location.hash === '' || location.hash === '#/sign-in') location.hash = '#/users';
  else route();
}

// ---- pages ----

const text = (value) =>
  value === null || value === undefined
    ? '—'
    : typeof value === 'object'
      ? JSON.stringify(value)
      : String(value);
const when = (iso) => (iso ? new Date(iso).toLocaleString() : '—');

function table(headings, rows) {
  return h(
    'table',
    {},
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        headings.map((heading) => h('th', { scope: 'col' }, heading)),
      ),
    ),
    h('tbody', {}, rows),
  );
}

async function usersPage(params) {
  const form = h(
    'form',
    { role: 'search', 'aria-label': 'Search users', onsubmit: search },
    h(
      'label',
      {},
      'Search by',
      h(
        'select',
        { name: 'by' },
        ['email', 'sub', 'claim'].map((by) =>
          h(
            'option',
            { value: by, selected: params.get('by') === by },
            by === 'email' ? 'email prefix' : by,
          ),
        ),
      ),
    ),
    h(
      'label',
      {},
      'Claim',
      h('input', {
        name: 'claim',
        value: params.get('claim') ?? '',
        placeholder: 'for a claim search',
      }),
    ),
    h('label', {}, 'Value', h('input', { name: 'q', value: params.get('q') ?? '' })),
    h('button', { type: 'submit' }, 'Search'),
  );
  const query = new URLSearchParams({ limit: '25' });
  const q = params.get('q');
  if (q) {
    const by = params.get('by') ?? 'email';
    if (by === 'claim') {
      query.set('claim', params.get('claim') ?? '');
      query.set('value', q);
    } else query.set(by, q);
  }
  if (params.get('cursor')) query.set('cursor', params.get('cursor'));
  const page = await api('GET', `/admin/users?${query}`);
  const next = new URLSearchParams(params);
  if (page.nextCursor) next.set('cursor', page.nextCursor);
  show(
    h('h1', {}, 'Users'),
    form,
    table(
      ['Email', 'Sub', 'Status', 'Claims', 'Created'],
      page.items.map((user) =>
        h(
          'tr',
          {},
          h(
            'td',
            {},
            user.sub
              ? h('a', { href: `#/users/${encodeURIComponent(user.sub)}` }, text(user.email))
              : text(user.email),
          ),
          h('td', {}, h('code', {}, text(user.sub))),
          h('td', {}, user.status),
          h('td', {}, h('code', {}, text(user.claims))),
          h('td', {}, when(user.createdAt)),
        ),
      ),
    ),
    page.items.length === 0 ? h('p', {}, 'No user found.') : null,
    page.nextCursor ? h('a', { href: `#/users?${next}` }, 'Next page') : null,
  );

  function search(event) {
    event.preventDefault();
    const data = new FormData(form);
    const chosen = new URLSearchParams({ by: String(data.get('by')), q: String(data.get('q')) });
    if (data.get('by') === 'claim') chosen.set('claim', String(data.get('claim')));
    location.hash = `#/users?${chosen}`;
  }
}

/** The fields of a user, each as the store and Cognito hold it. */
function recordRows(record) {
  const store = record.store ?? {};
  const attributes = record.cognito?.attributes ?? {};
  const differing = new Set(record.differences.map((difference) => difference.field));
  const rows = [
    ['email', store.email, attributes.email],
    ['emailVerified', store.emailVerified, attributes.email_verified],
    ['name', store.name, attributes.name],
    ['phone', store.phone, attributes.phone_number],
    [
      'status',
      store.status,
      record.cognito
        ? `${record.cognito.enabled ? 'enabled' : 'disabled'}, ${record.cognito.status ?? ''}`
        : null,
    ],
    ['claims', store.claims, null],
    ['groups', null, record.cognito?.groups],
  ];
  return rows.map(([field, inStore, inCognito]) =>
    h(
      'tr',
      { class: differing.has(field) ? 'differs' : undefined },
      h('th', { scope: 'row' }, field),
      h('td', {}, text(inStore)),
      h('td', {}, text(inCognito)),
    ),
  );
}

async function userPage(sub) {
  const [record, audit] = await Promise.all([
    api('GET', `/admin/users/${encodeURIComponent(sub)}`),
    api('GET', `/admin/audit?target=${encodeURIComponent(sub)}&limit=10`),
  ]);
  const run = (label, body) => async () => {
    const answer = await act(label, () =>
      api('POST', `/admin/users/${encodeURIComponent(sub)}/actions`, body),
    );
    if (answer !== undefined) await route();
  };
  const groupForm = h(
    'form',
    {
      'aria-label': 'Add a group',
      onsubmit: (event) => (
        event.preventDefault(),
        run('Add group', {
          action: 'add-group',
          group: String(new FormData(groupForm).get('group')),
        })()
      ),
    },
    h('label', {}, 'Group', h('input', { name: 'group', required: true })),
    h('button', { type: 'submit' }, 'Add group'),
  );
  const claimForm = h(
    'form',
    {
      'aria-label': 'Set a claim',
      onsubmit: (event) => {
        event.preventDefault();
        const data = new FormData(claimForm);
        let value;
        try {
          value = JSON.parse(String(data.get('value')));
        } catch {
          value = String(data.get('value'));
        }
        return run('Set claim', {
          action: 'set-claims',
          claims: { [String(data.get('claim'))]: value },
        })();
      },
    },
    h('label', {}, 'Claim', h('input', { name: 'claim', required: true })),
    h('label', {}, 'Value (JSON; null clears)', h('input', { name: 'value', required: true })),
    h('button', { type: 'submit' }, 'Set claim'),
  );
  const confirmed = (action, label) => {
    const form = h(
      'form',
      {
        'aria-label': label,
        onsubmit: (event) => (
          event.preventDefault(),
          run(label, { action, confirm: String(new FormData(form).get('confirm')) })()
        ),
      },
      h(
        'label',
        {},
        `Type the user's sub to ${action}`,
        h('input', { name: 'confirm', required: true, autocomplete: 'off' }),
      ),
      h('button', { type: 'submit', class: 'danger' }, label),
    );
    return form;
  };
  const enabled = record.cognito?.enabled;
  show(
    h('h1', {}, 'User ', h('code', {}, sub)),
    h(
      'div',
      { class: 'card' },
      h('h2', {}, 'Store and Cognito side by side'),
      table(['Field', 'Store', 'Cognito'], recordRows(record)),
      record.differences.length === 0
        ? h('p', { class: 'ok' }, 'The store and Cognito agree.')
        : h(
            'ul',
            { 'aria-label': 'Differences' },
            record.differences.map((difference) =>
              h(
                'li',
                {},
                `${difference.field}: the store has ${text(difference.store)}, Cognito ${text(difference.cognito)}`,
              ),
            ),
          ),
      h(
        'p',
        {},
        'The reconcile would: ',
        record.reconcile.decisions
          .map((decision) => decision.status + (decision.reason ? ` (${decision.reason})` : ''))
          .join(', ') || 'nothing',
      ),
    ),
    h(
      'div',
      { class: 'card' },
      h('h2', {}, 'Actions'),
      h(
        'div',
        { class: 'actions' },
        h(
          'button',
          { type: 'button', onclick: run('Sync this user', { action: 'sync' }) },
          'Sync this user',
        ),
        enabled === false
          ? h('button', { type: 'button', onclick: run('Enable', { action: 'enable' }) }, 'Enable')
          : h(
              'button',
              { type: 'button', onclick: run('Disable', { action: 'disable' }) },
              'Disable',
            ),
        h(
          'button',
          { type: 'button', onclick: run('Sign out everywhere', { action: 'sign-out' }) },
          'Sign out everywhere',
        ),
        h(
          'button',
          { type: 'button', onclick: run('Reset MFA', { action: 'reset-mfa' }) },
          'Reset MFA',
        ),
      ),
      h('h3', {}, 'Groups'),
      h(
        'ul',
        {},
        (record.cognito?.groups ?? []).map((group) =>
          h(
            'li',
            {},
            group,
            ' ',
            h(
              'button',
              {
                type: 'button',
                class: 'quiet',
                onclick: run(`Remove ${group}`, { action: 'remove-group', group }),
              },
              `Remove ${group}`,
            ),
          ),
        ),
      ),
      groupForm,
      h('h3', {}, 'Claims'),
      claimForm,
      h('h3', {}, 'Delete or erase'),
      h(
        'p',
        {},
        'Delete removes the Cognito user and keeps the record, marked deleted. Erase removes the personal data too. Neither can be undone.',
      ),
      confirmed('delete', 'Delete user'),
      confirmed('erase', 'Erase user'),
    ),
    h('h2', {}, 'Audit'),
    auditTable(audit.items),
  );
}

function auditTable(items) {
  return table(
    ['When', 'Admin', 'Action', 'Target', 'Outcome', 'Detail'],
    items.map((entry) =>
      h(
        'tr',
        {},
        h('td', {}, when(entry.at)),
        h('td', {}, h('code', {}, entry.actor)),
        h('td', {}, entry.action),
        h('td', {}, h('code', {}, entry.target)),
        // `started` is written before the action; its outcome follows as the next entry.
        h('td', { class: { done: 'ok', failed: 'bad' }[entry.outcome] ?? '' }, entry.outcome),
        h('td', {}, h('code', {}, text(entry.detail))),
      ),
    ),
  );
}

async function runsPage() {
  const form = h(
    'form',
    {
      'aria-label': 'Start a reconcile',
      onsubmit: async (event) => {
        event.preventDefault();
        const data = new FormData(form);
        const started = await act('Start a dry run', () =>
          api('POST', '/admin/runs', {
            dryRun: true,
            createMissing: data.has('createMissing'),
            markDeleted: data.has('markDeleted'),
          }),
        );
        if (started) location.hash = `#/runs/${started.runId}`;
      },
    },
    h(
      'label',
      {},
      h('span', {}, 'Create missing rows'),
      h('input', { type: 'checkbox', name: 'createMissing' }),
    ),
    h(
      'label',
      {},
      h('span', {}, 'Mark deleted users'),
      h('input', { type: 'checkbox', name: 'markDeleted' }),
    ),
    h('button', { type: 'submit' }, 'Start a dry run'),
  );
  const page = await api('GET', '/admin/runs?limit=25');
  show(
    h('h1', {}, 'Runs'),
    form,
    table(
      ['Started', 'Kind', 'Status', 'Dry run', 'Counts', 'Duration', 'Resumable'],
      page.items.map((run) =>
        h(
          'tr',
          {},
          h('td', {}, h('a', { href: `#/runs/${run.id}` }, when(run.startedAt))),
          h('td', {}, run.kind),
          h('td', { class: run.status === 'failed' ? 'bad' : undefined }, run.status),
          h('td', {}, run.dryRun ? 'yes' : 'no'),
          h('td', {}, h('code', {}, text(run.counts))),
          h('td', {}, run.durationMs === null ? '—' : `${(run.durationMs / 1000).toFixed(1)} s`),
          h('td', {}, run.resumable ? 'yes' : 'no'),
        ),
      ),
    ),
  );
}

async function runPage(id, params) {
  const offset = Number(params.get('offset') ?? 0);
  const filter = params.get('status');
  const query = new URLSearchParams({
    offset: String(offset),
    limit: '50',
    ...(filter && { status: filter }),
  });
  const { run, details } = await api('GET', `/admin/runs/${encodeURIComponent(id)}?${query}`);
  if (run.status === 'running') setTimeout(() => location.hash === `#/runs/${id}` && route(), 1000);
  const next = new URLSearchParams(params);
  next.set('offset', String(offset + 50));
  show(
    h('h1', {}, `Run of ${run.kind}`, run.dryRun ? ' (dry run)' : ''),
    h(
      'div',
      { class: 'card' },
      h(
        'p',
        {},
        'Status: ',
        h(
          'strong',
          {
            class: run.status === 'failed' ? 'bad' : run.status === 'completed' ? 'ok' : undefined,
          },
          run.status,
        ),
        run.error ? ` (${run.error})` : '',
      ),
      h('p', {}, `Started ${when(run.startedAt)}; ended ${when(run.finishedAt)}.`),
      run.options.reviewedRun
        ? h(
            'p',
            {},
            'Applies the reviewed run ',
            h('a', { href: `#/runs/${run.options.reviewedRun}` }, run.options.reviewedRun),
          )
        : null,
      h(
        'ul',
        { class: 'counts', 'aria-label': 'Counts' },
        Object.entries(run.counts).map(([name, count]) =>
          h('li', {}, `${name}: `, h('strong', {}, text(count))),
        ),
      ),
      run.kind === 'sync' && run.dryRun && run.status === 'completed'
        ? h(
            'button',
            {
              type: 'button',
              onclick: async () => {
                const applied = await act('Apply this run', () =>
                  api('POST', `/admin/runs/${encodeURIComponent(id)}/apply`),
                );
                if (applied) location.hash = `#/runs/${applied.runId}`;
              },
            },
            'Apply this run',
          )
        : null,
    ),
    h('h2', {}, `Details (${details.total}${filter ? `, ${filter}` : ''})`),
    table(
      ['Decision', 'Email', 'Sub', 'Changes or reason'],
      details.items.map((detail) =>
        h(
          'tr',
          {},
          h('td', {}, text(detail.status)),
          h('td', {}, text(detail.email)),
          h(
            'td',
            {},
            detail.sub
              ? h(
                  'a',
                  { href: `#/users/${encodeURIComponent(detail.sub)}` },
                  h('code', {}, detail.sub),
                )
              : '—',
          ),
          h('td', {}, h('code', {}, text(detail.changes ?? detail.reason ?? null))),
        ),
      ),
    ),
    offset + 50 < details.total ? h('a', { href: `#/runs/${id}?${next}` }, 'Next details') : null,
  );
}

async function eventsPage(params) {
  const type = params.get('type');
  const [events, deliveries] = await Promise.all([
    api('GET', `/admin/events?limit=25${type ? `&type=${encodeURIComponent(type)}` : ''}`),
    api('GET', '/admin/webhooks/deliveries?limit=25'),
  ]);
  show(
    h('h1', {}, 'Events'),
    h(
      'div',
      { class: 'grid' },
      h(
        'div',
        { class: 'card' },
        h('h2', {}, 'Outbox'),
        h('p', {}, `Oldest unpublished: ${events.outbox.oldestUnpublishedAgeSeconds} s`),
        h('p', {}, `Parked: ${events.outbox.parked}`),
      ),
    ),
    h('h2', {}, 'Dead letters'),
    table(
      ['Consumer', 'Messages', ''],
      events.deadLetters.map((queue) =>
        h(
          'tr',
          {},
          h(
            'td',
            {},
            h(
              'a',
              { href: `#/dead-letters/${encodeURIComponent(queue.consumer)}` },
              queue.consumer,
            ),
          ),
          h('td', { class: queue.messages > 0 ? 'bad' : undefined }, queue.messages),
          h(
            'td',
            {},
            h(
              'button',
              {
                type: 'button',
                disabled: queue.messages === 0,
                onclick: async () => {
                  await act(`Redrive ${queue.consumer}`, () =>
                    api(
                      'POST',
                      `/admin/dead-letters/${encodeURIComponent(queue.consumer)}/redrive`,
                    ),
                  );
                  await route();
                },
              },
              `Redrive ${queue.consumer}`,
            ),
          ),
        ),
      ),
    ),
    h('h2', {}, 'Parked events'),
    events.parked.length > 0
      ? h(
          'button',
          {
            type: 'button',
            onclick: async () => (
              await act('Redrive parked events', () => api('POST', '/admin/events/redrive', {})),
              await route()
            ),
          },
          'Redrive parked events',
        )
      : h('p', {}, 'None.'),
    table(
      ['Type', 'Id', 'Attempts', 'Error', 'Parked'],
      events.parked.map((event) =>
        h(
          'tr',
          {},
          h('td', {}, event.type),
          h('td', {}, h('code', {}, event.id)),
          h('td', {}, event.attempts),
          h('td', {}, text(event.error)),
          h('td', {}, when(event.parkedAt)),
        ),
      ),
    ),
    h('h2', {}, 'Webhook deliveries'),
    deliveries.items.length === 0 ? h('p', {}, 'None yet.') : null,
    table(
      ['When', 'Receiver', 'Event', 'Answer', 'Time'],
      deliveries.items.map((delivery) =>
        h(
          'tr',
          {},
          h('td', {}, when(delivery.at)),
          h('td', {}, h('code', {}, delivery.consumer)),
          h('td', {}, `${delivery.eventType} `, h('code', {}, delivery.eventId)),
          h(
            'td',
            { class: delivery.error ? 'bad' : 'ok' },
            delivery.status === null ? `no answer (${delivery.error})` : String(delivery.status),
          ),
          h('td', {}, `${delivery.ms} ms`),
        ),
      ),
    ),
    h('h2', {}, 'Recent events'),
    h(
      'form',
      {
        'aria-label': 'Filter events',
        onsubmit: (event) => (
          event.preventDefault(),
          (location.hash = `#/events?type=${encodeURIComponent(String(new FormData(event.target).get('type')))}`)
        ),
      },
      h(
        'label',
        {},
        'Type',
        h('input', { name: 'type', value: type ?? '', placeholder: 'user.updated' }),
      ),
      h('button', { type: 'submit' }, 'Filter'),
    ),
    table(
      ['Created', 'Type', 'User', 'State', 'Attempts'],
      events.recent.map((event) =>
        h(
          'tr',
          {},
          h('td', {}, when(event.createdAt)),
          h('td', {}, event.type),
          h('td', {}, h('code', {}, text(event.userId))),
          h('td', {}, event.state),
          h('td', {}, event.attempts),
        ),
      ),
    ),
  );
}

async function deadLettersPage(consumer) {
  const { items } = await api('GET', `/admin/dead-letters/${encodeURIComponent(consumer)}`);
  show(
    h('h1', {}, `Dead letters of ${consumer}`),
    h(
      'button',
      {
        type: 'button',
        disabled: items.length === 0,
        onclick: async () => {
          await act(`Redrive ${consumer}`, () =>
            api('POST', `/admin/dead-letters/${encodeURIComponent(consumer)}/redrive`),
          );
          await route();
        },
      },
      `Redrive ${consumer}`,
    ),
    table(
      ['Message', 'Event type', 'Event id', 'Received'],
      items.map((letter) =>
        h(
          'tr',
          {},
          h('td', {}, h('code', {}, letter.messageId)),
          h('td', {}, text(letter.eventType)),
          h('td', {}, h('code', {}, text(letter.eventId))),
          h('td', {}, letter.receiveCount),
        ),
      ),
    ),
    h('p', {}, 'The consumer logged why each failed, under the event id.'),
  );
}

async function healthPage() {
  const health = await api('GET', '/admin/health');
  const card = (title, part, extra = []) =>
    h(
      'div',
      { class: 'card' },
      h('h2', {}, title),
      h('p', { class: part.ok ? 'ok' : 'bad' }, part.ok ? 'Up' : 'Needs attention'),
      h('p', {}, `Answered in ${part.ms} ms`),
      part.error ? h('p', {}, `Last error: ${part.error}`) : null,
      extra,
    );
  show(
    h('h1', {}, 'Health'),
    h(
      'div',
      { class: 'grid' },
      card('Store', health.store),
      card('Cognito', health.cognito),
      card('Outbox', health.outbox, [
        h(
          'p',
          {},
          `Oldest unpublished: ${text(health.outbox.oldestUnpublishedAgeSeconds)} s; parked: ${text(health.outbox.parked)}`,
        ),
        health.outbox.lastError
          ? h('p', {}, `Relay's last error: ${health.outbox.lastError}`)
          : null,
      ]),
      card('Queues', health.queues, [
        h('p', {}, `Dead letters: ${text(health.queues.deadLetters)}`),
      ]),
    ),
  );
}

async function auditPage(params) {
  const query = new URLSearchParams({ limit: '50' });
  if (params.get('cursor')) query.set('cursor', params.get('cursor'));
  const page = await api('GET', `/admin/audit?${query}`);
  show(
    h('h1', {}, 'Audit'),
    auditTable(page.items),
    page.nextCursor
      ? h('a', { href: `#/audit?cursor=${encodeURIComponent(page.nextCursor)}` }, 'Older entries')
      : null,
  );
}

// ---- routing ----

async function route() {
  if (tokens === null) {
    signInPage();
    return;
  }
  const [path, search] = location.hash.slice(1).split('?');
  const params = new URLSearchParams(search ?? '');
  const parts = (path ?? '').split('/').filter(Boolean).map(decodeURIComponent);
  for (const link of nav.querySelectorAll('a')) {
    link.toggleAttribute('aria-current', link.getAttribute('href') === `#/${parts[0]}`);
    if (link.hasAttribute('aria-current')) link.setAttribute('aria-current', 'page');
  }
  try {
    if (parts[0] === 'users' && parts[1]) await userPage(parts[1]);
    else if (parts[0] === 'runs' && parts[1]) await runPage(parts[1], params);
    else if (parts[0] === 'runs') await runsPage();
    else if (parts[0] === 'events') await eventsPage(params);
    else if (parts[0] === 'dead-letters' && parts[1]) await deadLettersPage(parts[1]);
    else if (parts[0] === 'health') await healthPage();
    else if (parts[0] === 'audit') await auditPage(params);
    else await usersPage(params);
  } catch (error) {
    if (tokens === null) return;
    show(
      h('h1', {}, 'Something went wrong'),
      h(
        'p',
        { role: 'alert' },
        error instanceof ApiError ? `${error.code}: ${error.message}` : String(error),
      ),
    );
  }
}

document.getElementById('sign-out')?.addEventListener('click', () => signOut('Signed out.'));
window.addEventListener('hashchange', () => void route());
void route();
