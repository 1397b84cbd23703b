import { UsersyncError } from '../domain/errors.ts';

/**
 * The packages only the one-machine stack needs: the emulators and the embedded database.
 * usersync's package declares them as optional peer dependencies, so a production install
 * carries none of them; a team that wants the local stack installs them as dev dependencies.
 */
export const LOCAL_STACK_PACKAGES = [
  '@electric-sql/pglite',
  '@electric-sql/pglite-socket',
  'cognito-local',
  'dynalite',
  'fauxqs',
  '@simplewebauthn/server',
] as const;

/**
 * Loads a module of the local stack (`import()` of a file that imports an emulator), turning
 * a missing emulator package into `LOCAL_STACK_NOT_INSTALLED`, which names what to install.
 * Any other failure to load is rethrown as it is.
 */
export async function loadLocal<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const missing = missingLocalPackage(error);
    if (missing === undefined) throw error;
    throw new UsersyncError('LOCAL_STACK_NOT_INSTALLED', undefined, {
      cause: error,
      context: { missing },
    });
  }
}

/** The local-stack package whose absence made `error`, if that is what it is. */
function missingLocalPackage(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (!(error instanceof Error) || (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND'))
    return undefined;
  // Node names the package: "Cannot find package 'fauxqs' imported from …" (ESM), "Cannot
  // find module 'cognito-local/lib/…'" (require).
  return LOCAL_STACK_PACKAGES.find(
    (name) => error.message.includes(`'${name}'`) || error.message.includes(`'${name}/`),
  );
}
