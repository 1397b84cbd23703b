import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress.ts';

/** A stream that says whether it is a terminal, and keeps what is written to it. */
function stream(isTTY: boolean) {
  const written: string[] = [];
  const output = Object.assign(new PassThrough(), {
    isTTY,
    columns: 100,
    cursorTo: () => true,
    clearLine: () => true,
    moveCursor: () => true,
  });
  output.on('data', (chunk: Buffer) => written.push(chunk.toString()));
  return { output: output as unknown as NodeJS.WriteStream, written };
}

describe('job progress bar', () => {
  it('draws on a terminal, with the count, the total and the phase', async () => {
    const { output, written } = stream(true);
    const progress = createProgress('sync', output);
    progress.update(0, 1_000, 'listing');
    progress.update(600, 1_000, 'listing');
    progress.update(1_000, 1_000, 'applying');
    progress.stop();
    await new Promise((resolve) => setImmediate(resolve));
    const text = written.join('');
    expect(text).toContain('sync [');
    expect(text).toContain('1000/1000 applying');
  });

  it('writes nothing when stderr is not a terminal (a pipe, a log, CI)', async () => {
    const { output, written } = stream(false);
    const progress = createProgress('sync', output);
    progress.update(10, 100, 'listing');
    progress.stop();
    await new Promise((resolve) => setImmediate(resolve));
    expect(written).toEqual([]);
  });

  it('grows the total when the pool turns out larger than its estimate', async () => {
    const { output, written } = stream(true);
    const progress = createProgress('sync', output);
    progress.update(0, 10, 'listing');
    progress.update(25, 10, 'listing');
    progress.stop();
    await new Promise((resolve) => setImmediate(resolve));
    expect(written.join('')).toContain('25/25');
  });
});
