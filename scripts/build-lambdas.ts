// `npm run build:lambdas`: one ESM bundle per Lambda function (each Cognito trigger, the
// relay, each consumer), dist/lambdas/<name>/index.mjs,
// each exporting `handler`. Everything is bundled (the AWS SDK too, so a bundle runs with
// the SDK version it was tested with), minified, for Node 20.
import { copyFile, cp, mkdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { readConfigFile } from '../src/config/file.ts';
import { TRIGGERS } from '../src/triggers/index.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'dist/lambdas');

/**
 * Every Lambda function: the triggers, the relay, the consumers, the sync, the API, and the
 * deploy's custom resources (migrations, trigger wiring); name → source.
 */
export const FUNCTIONS: Record<string, string> = Object.fromEntries(
  [
    ...TRIGGERS.map(({ module }) => module),
    'relay',
    'profile-provisioner',
    'webhook-forwarder',
    'sync',
    'cognito-changes',
    'api',
    'migrate',
    'attach-triggers',
  ].map((name) => [name, `src/lambdas/${name}.ts`]),
);

/**
 * Puts the configuration file (`USERSYNC_CONFIG`, else ./usersync.config.json when there is
 * one) beside each bundle, where a function finds it (`LAMBDA_TASK_ROOT`), checked first: a
 * file that would stop the functions at start-up stops the build instead. Returns it, or
 * `undefined` when there is none.
 */
export async function bundleConfigFile(
  outDir: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string | undefined> {
  const { file } = readConfigFile(env['USERSYNC_CONFIG'] || undefined, ROOT);
  if (file === undefined) return undefined;
  for (const module of Object.keys(FUNCTIONS)) {
    await mkdir(path.join(outDir, module), { recursive: true });
    await copyFile(file, path.join(outDir, module, 'usersync.config.json'));
  }
  return file;
}

/**
 * Builds every bundle into `outDir` (dist/lambdas), each with the configuration file beside
 * it ({@link bundleConfigFile}), and returns each one's size in bytes.
 */
export async function buildLambdas(outDir = OUT): Promise<Record<string, number>> {
  await rm(outDir, { recursive: true, force: true });
  await bundleConfigFile(outDir);
  const sizes: Record<string, number> = {};
  for (const [module, source] of Object.entries(FUNCTIONS)) {
    const outfile = path.join(outDir, module, 'index.mjs');
    await mkdir(path.dirname(outfile), { recursive: true });
    await build({
      entryPoints: [path.join(ROOT, source)],
      outfile,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'esm',
      minify: true,
      legalComments: 'none',
      // pg's optional native binding is never loaded.
      external: ['pg-native'],
      // CommonJS dependencies inside an ES module bundle still call require().
      banner: {
        js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
      },
      logLevel: 'warning',
    });
    sizes[module] = (await stat(outfile)).size;
  }
  // The API serves the admin console from the files its bundle carries.
  await cp(path.join(ROOT, 'src/console'), path.join(outDir, 'api', 'console'), {
    recursive: true,
  });
  return sizes;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = await buildLambdas();
  for (const [name, bytes] of Object.entries(sizes)) {
    console.log(`dist/lambdas/${name}/index.mjs  ${(bytes / 1024).toFixed(0)} KiB`);
  }
}
