import { localFilePath, type LocalStackInfo } from './local-file.ts';

/** The text `usersync dev` prints once the stack is ready. */
export function banner(info: LocalStackInfo, dataDir: string): string {
  return [
    '',
    'usersync local stack is ready',
    '',
    `  API                ${info.apiUrl}   (try ${info.apiUrl}/healthz)`,
    info.adminEmail === undefined
      ? `  Console            ${info.apiUrl}/console   (for the pool's admin group: usersync user set EMAIL --admin)`
      : `  Console            ${info.apiUrl}/console   (sign in as ${info.adminEmail}, password LOCAL_ADMIN_PASSWORD: see docs/local-stack.md)`,
    ...(info.dynamodbEndpoint !== undefined
      ? [
          `  DynamoDB           ${info.dynamodbEndpoint}   table ${info.usersTable ?? '?'}   (the users; dynalite, in memory)`,
          `  Database           ${info.databaseUrl}   (the embedded PostgreSQL: no users on this store)`,
        ]
      : [`  Database           ${info.databaseUrl}   (psql "${info.databaseUrl}")`]),
    `  Cognito emulator   ${info.cognitoEndpoint}`,
    `  SQS (fauxqs)       ${info.sqsEndpoint}   (events: outbox → relay → local bus → queues → consumers)`,
    `  User pool          ${info.userPoolId}   app client ${info.clientId}`,
    `  Confirmation code  ${info.code}   (every sign-up, password reset and emailed or texted sign-in code is it; nothing is sent)`,
    '',
    `  Details for other programs: ${localFilePath(dataDir)}`,
    '  Stop with Ctrl-C.',
    '',
  ].join('\n');
}
