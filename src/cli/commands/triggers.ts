import { LambdaClient } from '@aws-sdk/client-lambda';
import { createTriggerFunctions } from '../../aws/lambda-functions.ts';
import { createCognitoClient } from '../../cognito/client.ts';
import { createCognitoGateway } from '../../cognito/gateway.ts';
import { loadConfig } from '../../config/config.ts';
import type { PreTokenVersion, TriggerName } from '../../domain/triggers.ts';
import {
  attachTriggers,
  detachTriggers,
  triggerStatus,
  type TriggerWiringDeps,
  type WiringReport,
} from '../../services/triggers/attach.ts';
import type { Output } from '../output.ts';
import { CLIENT_TIMEOUTS } from '../../aws/client-options.ts';

/** Runs `work` with the Cognito and Lambda clients of the configured region (and endpoint). */
async function withWiring<T>(work: (deps: TriggerWiringDeps) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const cognito = createCognitoClient(config);
  const lambda = new LambdaClient({
    region: config.cognito.region,
    maxAttempts: 3,
    ...CLIENT_TIMEOUTS,
  });
  try {
    return await work({
      cognito: createCognitoGateway(cognito),
      functions: createTriggerFunctions(lambda),
      claims: config.claims,
    });
  } finally {
    cognito.destroy();
    lambda.destroy();
  }
}

function printReport(output: Output, json: boolean, report: WiringReport): void {
  if (json) {
    output.out(JSON.stringify(report));
    return;
  }
  const verb = report.dryRun ? 'would change' : 'changed';
  if (report.changes.length === 0) output.out(`Pool ${report.poolId}: nothing to change.`);
  else output.out(`Pool ${report.poolId}: ${verb} ${report.changes.length} trigger slot(s):`);
  for (const change of report.changes) {
    const version = change.version === undefined ? '' : ` (${change.version})`;
    output.out(`  ${change.slot.padEnd(20)} ${change.before ?? '(none)'}`);
    output.out(`  ${''.padEnd(20)} → ${change.after ?? '(none)'}${version}`);
  }
  output.out(
    `Every other setting is written back as it was: ${report.settingsKept.join(', ') || 'none set'}.`,
  );
  for (const warning of report.warnings) output.err(`Warning: ${warning.message}`);
}

/** `usersync triggers status --pool-id ID`. */
export async function triggersStatusCommand(
  output: Output,
  options: { poolId: string; json: boolean },
): Promise<number> {
  const slots = await withWiring((deps) => triggerStatus(deps, options.poolId));
  if (options.json) {
    output.out(JSON.stringify({ poolId: options.poolId, slots }));
    return 0;
  }
  for (const slot of slots) {
    const owner = slot.functionArn === null ? '' : slot.usersync ? '  usersync' : '  not usersync';
    const version = slot.version === undefined ? '' : ` (${slot.version})`;
    output.out(`  ${slot.slot.padEnd(20)} ${slot.functionArn ?? '(none)'}${version}${owner}`);
  }
  return 0;
}

/** `usersync triggers attach --pool-id ID --function TRIGGER=ARN … [--force] [--dry-run]`. */
export async function triggersAttachCommand(
  output: Output,
  options: {
    poolId: string;
    function: Partial<Record<TriggerName, string>>;
    preTokenVersion?: PreTokenVersion;
    force: boolean;
    dryRun: boolean;
    json: boolean;
  },
): Promise<number> {
  const report = await withWiring((deps) =>
    attachTriggers(deps, {
      poolId: options.poolId,
      functions: options.function,
      preTokenVersion: options.preTokenVersion,
      force: options.force,
      dryRun: options.dryRun,
    }),
  );
  printReport(output, options.json, report);
  return 0;
}

/** `usersync triggers detach --pool-id ID [--dry-run]`. */
export async function triggersDetachCommand(
  output: Output,
  options: { poolId: string; dryRun: boolean; json: boolean },
): Promise<number> {
  const report = await withWiring((deps) =>
    detachTriggers(deps, { poolId: options.poolId, dryRun: options.dryRun }),
  );
  printReport(output, options.json, report);
  return 0;
}
