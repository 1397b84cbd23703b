/**
 * usersync's dependency rules (DESIGN.md): dependencies point one way,
 * domain ← db, cognito, auth ← services, events ← entry points (api,
 * triggers, cli) ← local. `npm test` runs this check; an import that breaks a rule fails it.
 */
const ENTRY = '^src/(api|triggers|cli|lambdas|sdk|cdk)/';
const SERVICES = '^src/(services|events)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'local-only-from-cli',
      comment:
        "local/ exists only for the one-machine stack and the emulators: only cli/ (which starts it), sdk/ (a team's app run against the local stack) and local/ may import it.",
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(cli|local|sdk)/' },
      to: { path: '^src/local/' },
    },
    {
      name: 'domain-is-pure',
      comment: 'domain/ is the model: it imports only itself, Node built-ins and zod.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { pathNot: '^(src/domain/|node:|zod|node_modules/zod/)', dependencyTypesNot: ['core'] },
    },
    {
      name: 'adapters-below-services',
      comment:
        'db/, cognito/, auth/, aws/ and stores/ are the adapters: they know neither the services nor the entry points.',
      severity: 'error',
      from: { path: '^src/(db|cognito|auth|aws|stores)/' },
      to: { path: `${SERVICES}|${ENTRY}|^src/local/` },
    },
    {
      name: 'db-below-stores',
      comment:
        'db/ is the SQL under the PostgreSQL store: it imports domain/, config/, aws/ and itself, never the store port, the services or anything above them. Shared types belong in domain/.',
      severity: 'error',
      from: { path: '^src/db/' },
      to: { path: '^src/', pathNot: '^src/(db|domain|config|aws)/' },
    },
    {
      name: 'services-below-entry-points',
      comment: 'Services and events are called by the entry points, never the other way round.',
      severity: 'error',
      from: { path: SERVICES },
      to: { path: ENTRY },
    },
    {
      name: 'entry-points-apart',
      comment: 'An entry point (a route, a trigger, a CLI command) does not reach into another.',
      severity: 'error',
      from: { path: '^src/(api|triggers)/' },
      to: { path: '^src/(api|triggers|cli)/', pathNot: '$1' },
    },
    {
      name: 'frameworks-in-their-own-entry',
      comment:
        'Each framework is an optional peer, loaded only by its own entry: importing usersync/express never loads NestJS, Next.js or the CDK.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(sdk/(nestjs|cdk)|cdk)[./]' },
      to: {
        path: '^(node_modules/)?(@nestjs/|next/|aws-cdk-lib|constructs|src/cdk/|src/sdk/(nestjs|cdk)[.])',
      },
    },
    {
      name: 'client-stands-alone',
      comment:
        'usersync/client runs in browsers: it imports only itself and openapi-fetch (its types come from the OpenAPI document, not from the server code).',
      severity: 'error',
      from: { path: '^src/client/' },
      to: { pathNot: '^(src/client/|node_modules/openapi-fetch/)' },
    },
    {
      name: 'no-circular',
      comment: 'A cycle makes the one-way layering meaningless.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.mjs$' },
  },
};
