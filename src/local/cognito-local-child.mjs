// Runs cognito-local (argv[2], its start script) in this process and exits as soon as the
// parent goes away, however it went: the parent holds this process's stdin open, and the
// operating system closes it when the parent dies.
import { rename, writeFile } from 'node:fs/promises';
import { writeFileSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';

process.stdin.on('end', () => process.exit(0));
process.stdin.on('close', () => process.exit(0));
process.stdin.resume();

// cognito-local keeps each pool in a JSON file through stormdb, which saves with
// fs.writeFile and no ordering: two requests saving at once interleave their writes and
// leave trailing garbage, and the next start cannot read the pool. Each file's saves are
// queued here, in the order they were asked, and each replaces the file atomically
// (written beside it, then renamed), so the file always holds one whole state.
const LocalEngine = createRequire(process.argv[2])('stormdb').localFileEngine;
const queues = new Map();
LocalEngine.prototype.write = function write(data) {
  const text = this.serialize(data);
  const path = this.path;
  const temporary = `${path}.${process.pid}.tmp`;
  if (!this.async) {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
    return null;
  }
  const saved = (queues.get(path) ?? Promise.resolve()).then(async () => {
    await writeFile(temporary, text);
    await rename(temporary, path);
  });
  queues.set(
    path,
    saved.catch(() => undefined),
  );
  return saved;
};

// What the emulator lacks, or answers otherwise than Cognito, answered here as AWS's API
// reference documents it (cognito-stand-ins.mjs).
const { installStandIns } = await import('./cognito-stand-ins.mjs');
installStandIns(process.argv[2], {
  sessionSeconds: Number(process.env['USERSYNC_SESSION_SECONDS'] ?? 180),
});

await import(process.argv[2]);
