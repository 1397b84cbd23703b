import { scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import bcrypt from 'bcryptjs';

/** The hash formats a legacy password may be stored in. */
export type LegacyHashKind = 'bcrypt' | 'scrypt';

/** Which format a stored hash is in, or `undefined` when usersync cannot check it. */
export function legacyHashKind(hash: string): LegacyHashKind | undefined {
  if (/^\$2[aby]\$\d{2}\$[./A-Za-z0-9]{53}$/.test(hash)) return 'bcrypt';
  if (/^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/.test(hash)) return 'scrypt';
  return undefined;
}

function scrypt(
  password: string,
  salt: Buffer,
  length: number,
  options: ScryptOptions,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scryptCallback(password, salt, length, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/**
 * Checks a password against a legacy hash: bcrypt (`$2a$`, `$2b$`, `$2y$`, with bcryptjs),
 * or scrypt as `scrypt$N$r$p$<salt base64>$<key base64>` (with Node's scrypt, compared in
 * constant time). An unknown format never matches.
 */
export async function verifyLegacyPassword(password: string, hash: string): Promise<boolean> {
  switch (legacyHashKind(hash)) {
    case 'bcrypt':
      return bcrypt.compare(password, hash);
    case 'scrypt': {
      const [, n, r, p, salt, key] = hash.split('$');
      const expected = Buffer.from(key ?? '', 'base64');
      const actual = await scrypt(password, Buffer.from(salt ?? '', 'base64'), expected.length, {
        N: Number(n),
        r: Number(r),
        p: Number(p),
        maxmem: 256 * 1024 * 1024,
      });
      return expected.length > 0 && timingSafeEqual(actual, expected);
    }
    default:
      return false;
  }
}

/** Hashes a password in the scrypt format {@link verifyLegacyPassword} reads (tests, imports). */
export async function hashScrypt(
  password: string,
  salt: Buffer,
  options = { N: 16_384, r: 8, p: 1 },
): Promise<string> {
  const key = await scrypt(password, salt, 32, options);
  return `scrypt$${options.N}$${options.r}$${options.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}
