// Files the product did not write (a config, a baseline) are read with a bound and only when they are
// regular files: /dev/zero reports size 0 and never ends, a FIFO blocks a plain read forever.
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BoundedReadError, readBoundedFile } from '../../../src/util/boundedRead';
import { readForRewrite, SafeWriteError } from '../../../src/util/safeWrite';

const root = join(__dirname, '..', '..', '..', '..');
const cli = join(root, 'dist', 'cli.js');

describe('bounded reads of files the product did not write', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cg-bounded-'));

  it('reads a regular file within the bound', () => {
    const path = join(dir, 'small.json');
    writeFileSync(path, '{"teamColumn":"Team"}');
    assert.equal(readBoundedFile(path, 1024).toString(), '{"teamColumn":"Team"}');
  });

  it('refuses a file over the bound, /dev/zero and a FIFO with a reason, at once', () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, 'x'.repeat(2048));
    assert.throws(() => readBoundedFile(big, 1024), (e: unknown) => e instanceof BoundedReadError && e.reason === 'too-large');
    assert.throws(() => readBoundedFile('/dev/zero', 1024), (e: unknown) => e instanceof BoundedReadError && e.reason === 'not-a-file');
    const fifo = join(dir, 'fifo.json');
    execFileSync('mkfifo', [fifo]);
    assert.throws(() => readBoundedFile(fifo, 1024), (e: unknown) => e instanceof BoundedReadError && e.reason === 'not-a-file');
    assert.throws(() => readForRewrite(fifo), (e: unknown) => e instanceof SafeWriteError && e.reason === 'not-a-file');
  });

  it('cyberguru lint --config on a FIFO or a sparse 1 GB file ends at once with exit 2 and a clear message', function () {
    this.timeout(30_000);
    const list = join(dir, 'users.csv');
    writeFileSync(list, 'First Name,Last Name,Email,Language,Username,Country\nAnna,Ferrari,anna@example.com,it,anna.f,IT\n');
    const fifo = join(dir, 'config-fifo.json');
    execFileSync('mkfifo', [fifo]);
    const sparse = join(dir, 'huge.json');
    execFileSync('truncate', ['-s', '1G', sparse]);
    for (const [config, says] of [
      [fifo, 'not a regular file'],
      [sparse, 'larger than 1048576 bytes'],
    ] as const) {
      const run = spawnSync(process.execPath, [cli, 'lint', '--config', config, list], { encoding: 'utf8', timeout: 20_000 });
      assert.equal(run.status, 2, `${config}: ${run.stderr}`);
      assert.match(run.stderr, new RegExp(says));
    }
  });
});
