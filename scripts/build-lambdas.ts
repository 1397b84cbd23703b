// `npm run build:lambdas`: one ESM bundle per Lambda function (each Cognito trigger, the
// relay, each consumer), dist/lambdas/<name>/index.mjs, each exporting `handler`. Everything
// is bundled but the AWS SDK, which the functions take from their Lambda runtime (Node.js
// 22, SDK v3, as AWS CDK's NodejsFunction does by default): it is two thirds of a trigger's
// bundle (docs/deploy.md says why, and what that trades). Minified, for Node 20.
import { copyFile, cp, mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { build, type Metafile, type Plugin } from 'esbuild';
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
 * zod's classic API re-exports every locale it has (260 KB minified, more than the rest of
 * zod); usersync's messages are English, so a bundle carries `en` alone.
 */
export const zodEnglishOnly: Plugin = {
  name: 'zod-english-only',
  setup(builder) {
    builder.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${path.sep}zod${path.sep}`)
        ? { path: path.join(path.dirname(args.importer), '../locales/en.js'), namespace: 'zod-en' }
        : undefined,
    );
    builder.onLoad({ filter: /.*/, namespace: 'zod-en' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      resolveDir: path.dirname(args.path),
    }));
  },
};

/**
 * pg asks at load whether it runs in a Cloudflare worker. Where Node has no `navigator`
 * (Node 20), it then builds a fetch `Response`, and that loads Node's whole fetch
 * implementation: 30–40 ms of a cold start. A Lambda function is never a worker, so the
 * bundle answers no. The build fails if pg's check is no longer where this expects it.
 */
export const pgNotAWorker: Plugin = {
  name: 'pg-not-a-worker',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]pg[\\/]lib[\\/]stream\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const check = 'function isCloudflareRuntime() {';
      if (!source.includes(check)) {
        throw new Error(`pg's ${args.path} no longer has ${check}: see scripts/build-lambdas.ts`);
      }
      return {
        contents: source.replace(check, `${check}\n  return false`),
        loader: 'js',
      };
    });
  },
};

/**
 * Builds every bundle into `outDir` (dist/lambdas), each with the configuration file beside
 * it ({@link bundleConfigFile}), and returns each one's size in bytes.
 */
export async function buildLambdas(outDir = OUT): Promise<LambdaSizes> {
  await rm(outDir, { recursive: true, force: true });
  await bundleConfigFile(outDir);
  const sizes: Record<string, number> = {};
  const totals: Record<string, number> = {};
  for (const [module, source] of Object.entries(FUNCTIONS)) {
    const dir = path.join(outDir, module);
    await mkdir(dir, { recursive: true });
    const { metafile } = await build({
      entryPoints: { index: path.join(ROOT, source) },
      outdir: dir,
      // What a function's configuration does not need (the other store, the secret's
      // client, the RDS certificates, Cognito's SDK until a call) is a chunk of its own,
      // loaded by its dynamic import when first needed.
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
      outExtension: { '.js': '.mjs' },
      metafile: true,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'esm',
      minify: true,
      legalComments: 'none',
      // pg's optional native binding is never loaded; the AWS SDK is the runtime's.
      external: ['pg-native', '@aws-sdk/*'],
      plugins: [zodEnglishOnly, pgNotAWorker],
      // CommonJS dependencies inside an ES module bundle still call require().
      banner: {
        js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
      },
      logLevel: 'warning',
    });
    sizes[module] = startBytes(metafile, path.relative(ROOT, path.join(dir, 'index.mjs')));
    totals[module] = Object.values(metafile.outputs).reduce((sum, out) => sum + out.bytes, 0);
  }
  // The API serves the admin console from the files its bundle carries.
  await cp(path.join(ROOT, 'src/console'), path.join(outDir, 'api', 'console'), {
    recursive: true,
  });
  return { start: sizes, total: totals };
}

/** Each function's bytes: what its cold start loads, and all it carries. */
export interface LambdaSizes {
  /** The entry and the chunks it imports statically: what a cold start loads. */
  start: Record<string, number>;
  /** Every chunk, the lazily loaded ones too: what is deployed. */
  total: Record<string, number>;
}

/** The bytes of `entry` and of every chunk it imports statically, transitively. */
function startBytes(metafile: Metafile, entry: string): number {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const imported of metafile.outputs[file]?.imports ?? []) {
      if (imported.kind === 'import-statement' && imported.external !== true) visit(imported.path);
    }
  };
  visit(entry);
  return [...seen].reduce((sum, file) => sum + (metafile.outputs[file]?.bytes ?? 0), 0);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { start, total } = await buildLambdas();
  for (const [name, bytes] of Object.entries(start)) {
    const all = ((total[name] ?? 0) / 1024).toFixed(0);
    console.log(
      `dist/lambdas/${name}  ${(bytes / 1024).toFixed(0)} KiB at start, ${all} KiB in all`,
    );
  }
}
