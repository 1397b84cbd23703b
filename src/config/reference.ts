import { VARIABLES } from './config.ts';

/** A variable's default as the docs show it: what its schema makes of it unset. */
function defaultOf(variable: (typeof VARIABLES)[keyof typeof VARIABLES]): string {
  // A value the schema transforms is shown as it is written.
  if ('shownDefault' in variable) return `\`${variable.shownDefault}\``;
  const parsed = variable.schema.safeParse(undefined);
  if (!parsed.success || parsed.data === undefined) return 'unset';
  const value: unknown = parsed.data;
  if (Array.isArray(value) && value.length === 0) return 'none';
  return `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;
}

/**
 * The configuration reference, `docs/configuration.md`, made from the one table of
 * variables in `config.ts`, so the manual cannot drift from the code (a test compares
 * them; `npm run docs:config` writes it).
 */
export function configurationReference(): string {
  const rows = Object.entries(VARIABLES).map(
    ([name, variable]) =>
      `| \`${name}\` | ${variable.meaning.replaceAll('|', '\\|')} | ${variable.takes.replaceAll('|', '\\|')} | ${defaultOf(variable)} |`,
  );
  return [
    '# Configuration',
    '',
    '<!-- Generated from src/config/config.ts by `npm run docs:config`; a test fails when they differ. -->',
    '',
    'usersync reads its configuration once, at start-up, from the environment. A variable that',
    'is unset or empty takes its default. A bad value stops start-up with one line naming the',
    'variable and what it takes (`CONFIG_INVALID`, exit 1).',
    '',
    '| variable | meaning | takes | default |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
