import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

// Scratch apps for the package tests: each made in the shape its framework's starter makes,
// from the example files of docs/sdk.md, with its dependencies from the npm registry and
// usersync from the tarball `npm pack` made.

const run = promisify(execFile);

/** The repository's root. */
export const ROOT = path.resolve(import.meta.dirname, '../..');

/** Runs npm in `cwd` (npm's cache makes a repeated install quick); rejects with its output. */
export async function npm(args: string[], cwd: string, timeoutMs = 300_000): Promise<string> {
  try {
    const { stdout } = await run('npm', args, {
      cwd,
      timeout: timeoutMs,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, npm_config_update_notifier: 'false' },
    });
    return stdout;
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`npm ${args.join(' ')} failed in ${cwd}:\n${stdout ?? ''}\n${stderr ?? ''}`, {
      cause: error,
    });
  }
}

/** `npm pack`s the repository (its `prepack` builds it) into `dir`; returns the tarball. */
export async function packPackage(dir: string): Promise<string> {
  await npm(['pack', '--pack-destination', dir, '--silent'], ROOT, 300_000);
  const [tarball] = (await readdir(dir)).filter((file) => file.endsWith('.tgz'));
  if (tarball === undefined) throw new Error('npm pack made no tarball');
  return path.join(dir, tarball);
}

/** A scratch app: its example directory, dependencies and `type`. */
export interface ScratchApp {
  name: string;
  /** The directory under docs/examples/sdk/ copied into the app. */
  example: string;
  dependencies: Record<string, string>;
  /** `module` for ESM apps; `commonjs` for the NestJS app, as `nest new` makes it. */
  type: 'module' | 'commonjs';
}

/** Makes the app in `dir`: its example files, a package.json, and `npm install`. */
export async function makeApp(app: ScratchApp, dir: string, tarball: string): Promise<string> {
  const appDir = path.join(dir, app.name);
  await mkdir(appDir, { recursive: true });
  await cp(path.join(ROOT, 'docs/examples/sdk', app.example), appDir, { recursive: true });
  await writeFile(
    path.join(appDir, 'package.json'),
    JSON.stringify({
      name: `scratch-${app.name}`,
      private: true,
      type: app.type,
      dependencies: { ...app.dependencies, usersync: `file:${tarball}` },
    }),
  );
  await npm(['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], appDir);
  return appDir;
}

/** A server a test started; `stop()` ends it. */
export interface RunningApp {
  url: string;
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts `command` in `cwd` and resolves once `GET url/health` answers 200 (within
 * `timeoutMs`); rejects with the process's output otherwise.
 */
export async function startApp(
  command: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  port: number,
  timeoutMs = 60_000,
): Promise<RunningApp> {
  const [file, ...args] = command;
  const child: ChildProcess = spawn(file ?? 'node', args, {
    cwd,
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const answer = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2_000) }).catch(
      () => undefined,
    );
    if (answer?.status === 200) return { url, output: () => output, stop };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`${command.join(' ')} did not answer /health:\n${output}`);
}
