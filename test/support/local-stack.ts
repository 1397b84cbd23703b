import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, readdir, readlink, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../src/local/ports.ts';
import type { LocalStackInfo } from '../../src/local/local-file.ts';

const BIN = path.resolve(import.meta.dirname, '../../bin/usersync.mjs');

/** A `usersync dev` child process on a temporary data directory and free ports. */
export interface RunningStack {
  child: ChildProcess;
  dataDir: string;
  env: NodeJS.ProcessEnv;
  ports: { api: number; cognito: number; db: number; sqs: number };
  info: LocalStackInfo;
  output: () => string;
}

/** Environment for a stack on `dataDir` and fresh free ports. */
export async function stackEnvironment(dataDir?: string): Promise<{
  dataDir: string;
  env: NodeJS.ProcessEnv;
  ports: RunningStack['ports'];
}> {
  const dir = dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'usersync-e2e-')));
  const ports = {
    api: await freePort(),
    cognito: await freePort(),
    db: await freePort(),
    sqs: await freePort(),
  };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    USERSYNC_DATA_DIR: dir,
    PORT: String(ports.api),
    COGNITO_LOCAL_PORT: String(ports.cognito),
    LOCAL_DB_PORT: String(ports.db),
    LOCAL_SQS_PORT: String(ports.sqs),
    LOG_LEVEL: 'warn',
  };
  return { dataDir: dir, env, ports };
}

/** Runs the CLI to completion and returns its exit code and output. */
export function runCli(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** What `usersync dev` prints once every part is up (after it writes local.json). */
const READY = 'usersync local stack is ready';

/**
 * Starts `usersync dev` and resolves once `local.json` names its endpoints and the banner
 * says it is ready. A free port is
 * free when asked, not when bound: a start that lost one to a test file alongside is tried
 * again on new ports.
 */
export async function startStack(
  dataDir?: string,
  timeoutMs = 90_000,
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<RunningStack> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startStackOnce(dataDir, timeoutMs, extraEnv);
    } catch (error) {
      if (!String(error).includes('EADDRINUSE') || attempt === 3) throw error;
    }
  }
}

async function startStackOnce(
  dataDir: string | undefined,
  timeoutMs: number,
  extraEnv: NodeJS.ProcessEnv,
): Promise<RunningStack> {
  const { dataDir: dir, env: stackEnv, ports } = await stackEnvironment(dataDir);
  const env = { ...stackEnv, ...extraEnv };
  const child = spawn(process.execPath, [BIN, 'dev'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`usersync dev exited (${child.exitCode}):\n${output}`);
    try {
      const info = JSON.parse(
        await readFile(path.join(dir, 'local.json'), 'utf8'),
      ) as LocalStackInfo;
      // A local.json left by an earlier stack on this directory names other ports; the
      // banner is printed just after local.json is written: ready is when both are there.
      if (new URL(info.apiUrl).port === String(ports.api) && output.includes(READY)) {
        return { child, dataDir: dir, env, ports, info, output: () => output };
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  child.kill('SIGKILL');
  throw new Error(`usersync dev did not write local.json within ${timeoutMs} ms:\n${output}`);
}

/** Sends SIGTERM and resolves with the exit code (SIGKILL after `timeoutMs`). */
export async function stopStack(stack: RunningStack, timeoutMs = 20_000): Promise<number | null> {
  if (stack.child.exitCode !== null) return stack.child.exitCode;
  const exited = new Promise<number | null>((resolve) =>
    stack.child.once('exit', (code) => resolve(code)),
  );
  stack.child.kill('SIGTERM');
  const timer = setTimeout(() => stack.child.kill('SIGKILL'), timeoutMs);
  const code = await exited;
  clearTimeout(timer);
  return code;
}

/** Removes a stack's data directory. */
export async function removeDataDir(dataDir: string): Promise<void> {
  await rm(dataDir, { recursive: true, force: true });
}

/** True when something accepts TCP connections on 127.0.0.1:port. */
export function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Pids of processes whose working directory is inside `dir` (e.g. a stack's cognito-local). */
export async function processesIn(dir: string): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const cwd = await readlink(`/proc/${entry}/cwd`).catch(() => '');
    if (cwd === dir || cwd.startsWith(`${dir}/`)) pids.push(Number(entry));
  }
  return pids;
}
