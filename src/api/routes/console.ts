import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { FastifyInstance, FastifyReply } from 'fastify';

/**
 * The console's own policy: its script, style and API calls from this origin only, nothing
 * inline, no frames, no plugins, forms posted nowhere else.
 */
export const CONSOLE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The console's files, by the path it is served at, with their types. */
const ASSETS = [
  { file: 'index.html', paths: ['/console', '/console/'], type: 'text/html; charset=utf-8' },
  { file: 'console.js', paths: ['/console/console.js'], type: 'text/javascript; charset=utf-8' },
  { file: 'console.css', paths: ['/console/console.css'], type: 'text/css; charset=utf-8' },
] as const;

/** Where the console's files are beside this module (src/console, dist/js/console). */
export const DEFAULT_CONSOLE_ASSETS = new URL('../../console/', import.meta.url);

/**
 * The console's files beside a bundled module (`./console/`, where the Lambda bundles carry
 * them), else those beside the API's modules (a checkout or the installed package).
 */
export function consoleAssetsBeside(moduleUrl: string): URL {
  const beside = new URL('./console/', moduleUrl);
  return existsSync(new URL('index.html', beside)) ? beside : DEFAULT_CONSOLE_ASSETS;
}

/**
 * `/console`: the admin console's page, script and style, read once from `assets` and served
 * with {@link CONSOLE_CSP} and no caching of the page. They are static: every read and
 * action of the console goes through the admin API with the admin's own token.
 */
export function consoleRoutes(assets: URL) {
  return async (app: FastifyInstance): Promise<void> => {
    const files = await Promise.all(
      ASSETS.map(async (asset) => ({
        ...asset,
        body: await readFile(new URL(asset.file, assets)),
      })),
    );
    for (const { paths, type, body, file } of files) {
      for (const path of paths) {
        app.get(path, { schema: { hide: true } }, (_request, reply: FastifyReply) =>
          reply
            .header('content-type', type)
            .header('content-security-policy', CONSOLE_CSP)
            .header('x-content-type-options', 'nosniff')
            .header('referrer-policy', 'no-referrer')
            .header('cache-control', file === 'index.html' ? 'no-store' : 'no-cache')
            .send(body),
        );
      }
    }
  };
}
