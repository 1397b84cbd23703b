import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsersyncError } from '../domain/errors.ts';
import type { Logger } from '../logging/logger.ts';
import { TRIGGERS } from '../triggers/index.ts';

/** A running cognito-local child process. */
export interface CognitoLocal {
  endpoint: string;
  pid: number;
  /** Stops the emulator: SIGTERM, then SIGKILL after a grace period. */
  stop(): Promise<void>;
}

/** Options for {@link startCognitoLocal}. */
export interface CognitoLocalOptions {
  /** cognito-local keeps its config and state under `<stateDir>/.cognito`. */
  stateDir: string;
  port: number;
  /** The Lambda Invoke endpoint every trigger is pointed at. */
  lambdaEndpoint: string;
  /** The fixed confirmation and reset code. */
  code: string;
  logger: Logger;
  /**
   * How long a sign-in challenge's session lasts, as an app client's AuthSessionValidity
   * (3 to 15 minutes on AWS). Shorter only in tests that see one expire. @default 180
   */
  sessionSeconds?: number;
  /** How long to wait for the emulator to answer. @default 30_000 */
  startTimeoutMs?: number;
}

const HOST = '127.0.0.1';
const STOP_GRACE_MS = 3_000;
/** Lines of the emulator's output kept to explain a failed start (it prints codes, so it is not logged). */
const TAIL_LINES = 40;

/**
 * Starts cognito-local as a child process on 127.0.0.1, its state under `stateDir`, every
 * trigger pointed at the Lambda Invoke endpoint, and a fixed code (`CODE`). Resolves once
 * it answers HTTP.
 */
export async function startCognitoLocal(options: CognitoLocalOptions): Promise<CognitoLocal> {
  const configDir = path.join(options.stateDir, '.cognito');
  await mkdir(configDir, { recursive: true });
  await repairState(path.join(configDir, 'db'), options.logger);
  await writeFile(
    path.join(configDir, 'config.json'),
    JSON.stringify(
      {
        LambdaClient: {
          endpoint: options.lambdaEndpoint,
          region: 'local',
          credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        },
        TriggerFunctions: Object.fromEntries(
          TRIGGERS.map(({ trigger, functionName }) => [trigger, functionName]),
        ),
        TokenConfig: { IssuerDomain: `http://${HOST}:${options.port}` },
      },
      null,
      2,
    ),
  );

  const script = createRequire(import.meta.url).resolve('cognito-local/lib/bin/start.js');
  const runner = fileURLToPath(new URL('./cognito-local-child.mjs', import.meta.url));
  const child = spawn(process.execPath, [runner, script], {
    cwd: options.stateDir,
    env: {
      PATH: process.env['PATH'],
      HOST,
      PORT: String(options.port),
      CODE: options.code,
      USERSYNC_SESSION_SECONDS: String(options.sessionSeconds ?? 180),
      // The emulator runs aws-sdk v2, which warns at length that it is in maintenance mode.
      AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1',
    },
    // stdin stays open: when this process dies, it closes, and the runner exits with it.
    stdio: ['pipe', 'pipe', 'pipe'],
    // Its own process group: Ctrl-C in a terminal reaches this process only, which then
    // stops the emulator in order instead of racing it.
    detached: true,
  });
  const tail: string[] = [];
  const keep = (chunk: Buffer): void => {
    tail.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    tail.splice(0, Math.max(0, tail.length - TAIL_LINES));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  // If this process dies without a clean stop, the emulator must not outlive it.
  const killOnExit = (): void => {
    child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);

  const endpoint = `http://${HOST}:${options.port}`;
  const stop = async (): Promise<void> => {
    process.removeListener('exit', killOnExit);
    await terminate(child);
  };
  try {
    await waitUntilServing(endpoint, child, options.startTimeoutMs ?? 30_000);
  } catch (error) {
    await stop();
    throw new UsersyncError(
      'LOCAL_STACK_FAILED',
      `cognito-local did not start on ${endpoint} (COGNITO_LOCAL_PORT): ${(error as Error).message}`,
      { cause: error, context: { output: tail.slice(-10) } },
    );
  }
  child.once('exit', (code, signal) => {
    if (!stopping.has(child)) {
      options.logger.error(
        { code, signal, output: tail.slice(-10) },
        'cognito-local exited unexpectedly',
      );
    }
  });
  options.logger.debug({ endpoint, pid: child.pid }, 'cognito-local started');
  return { endpoint, pid: child.pid ?? -1, stop };
}

const stopping = new WeakSet<ChildProcess>();

async function terminate(child: ChildProcess): Promise<void> {
  stopping.add(child);
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  await exited;
  clearTimeout(timer);
}

async function waitUntilServing(
  endpoint: string,
  child: ChildProcess,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  while (Date.now() < deadline) {
    if (exited) throw new Error(`it exited with code ${child.exitCode ?? child.signalCode}`);
    try {
      const response = await fetch(`${endpoint}/health`, { signal: AbortSignal.timeout(1_000) });
      await response.body?.cancel();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`no answer within ${timeoutMs} ms`);
}

/**
 * Checks the emulator's state files before it starts (it would refuse to, with no word of
 * which file). A file whose writes once overlapped (the emulator saved without ordering
 * before the local stack queued its saves) holds a whole state followed by the tail of a
 * longer one: that state is kept, the damaged file moved aside beside it, and a warning
 * logged. A file that cannot be read at all stops the start with a message that names it.
 */
export async function repairState(dbDir: string, logger: Logger): Promise<void> {
  const names = await readdir(dbDir).catch(() => [] as string[]);
  for (const name of names.filter((file) => file.endsWith('.json'))) {
    const file = path.join(dbDir, name);
    const text = await readFile(file, 'utf8');
    if (parses(text)) continue;
    const whole = wholeStatePrefix(text);
    if (whole === undefined) {
      throw new UsersyncError(
        'LOCAL_STACK_FAILED',
        `The Cognito emulator's state file ${file} is damaged and cannot be read. Move it aside ` +
          `(its pool's users are then gone from the emulator) or delete ${path.dirname(dbDir)} to start afresh.`,
        { context: { file } },
      );
    }
    const aside = `${file}.damaged-${Date.now()}`;
    await rename(file, aside);
    await writeFile(file, whole);
    logger.warn({ file, aside }, "repaired the Cognito emulator's state file");
  }
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** The longest leading part of `text` that is one whole JSON object, if any. */
function wholeStatePrefix(text: string): string | undefined {
  for (let end = text.lastIndexOf('}'); end > 0; end = text.lastIndexOf('}', end - 1)) {
    const candidate = text.slice(0, end + 1);
    if (parses(candidate)) return candidate;
  }
  return undefined;
}
