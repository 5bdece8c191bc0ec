// The one safe-write helper (src/util/safeWrite.ts): a rewrite is all or nothing, never lands through a
// symlink, and never overwrites what another program wrote after the file was read.
import * as assert from 'node:assert/strict';
import { appendFileSync, chmodSync, chownSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readForRewrite, safeWriteFile, SafeWriteError } from '../../../src/util/safeWrite';

const posix = process.platform !== 'win32';

function failureOf(run: () => void): SafeWriteError {
  try {
    run();
  } catch (err) {
    assert.ok(err instanceof SafeWriteError, String(err));
    return err;
  }
  throw new Error('expected the write to be refused');
}

describe('safe file writes', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cyberguru-safe-write-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces the file whole and leaves no temporary file', () => {
    const path = join(dir, 'users.csv');
    writeFileSync(path, 'old\n');
    const { bytes, stamp } = readForRewrite(path);
    assert.equal(bytes.toString(), 'old\n');
    safeWriteFile(path, 'new\n', { expected: stamp });
    assert.equal(readFileSync(path, 'utf8'), 'new\n');
    assert.deepEqual(readdirSync(dir), ['users.csv']);
  });

  it('a row appended by another program after the read is kept: the rewrite stops with a clear message', () => {
    const path = join(dir, 'users.csv');
    writeFileSync(path, 'email\nanna@company.com\n');
    const { stamp } = readForRewrite(path);
    appendFileSync(path, 'marco@company.com\n');
    const failure = failureOf(() => safeWriteFile(path, 'email\nANNA@company.com\n', { expected: stamp }));
    assert.equal(failure.reason, 'changed');
    assert.match(failure.message, /users\.csv changed on disk after it was read \(another program wrote to it\); not overwriting it/);
    assert.equal(readFileSync(path, 'utf8'), 'email\nanna@company.com\nmarco@company.com\n');
    assert.deepEqual(readdirSync(dir), ['users.csv'], 'the temporary file is removed');
  });

  it('a same-size rewrite by another program (only the time differs) is detected too', () => {
    const path = join(dir, 'users.csv');
    writeFileSync(path, 'aaaa\n');
    const { stamp } = readForRewrite(path);
    writeFileSync(path, 'bbbb\n');
    utimesSync(path, new Date(2020, 0, 1), new Date(2020, 0, 1));
    assert.equal(failureOf(() => safeWriteFile(path, 'cccc\n', { expected: stamp })).reason, 'changed');
    assert.equal(readFileSync(path, 'utf8'), 'bbbb\n');
  });

  it('a file replaced by another one (a new inode) after the read is not overwritten', () => {
    const path = join(dir, 'users.csv');
    writeFileSync(path, 'one\n');
    const { stamp } = readForRewrite(path);
    const other = join(dir, 'other.csv');
    writeFileSync(other, 'one\n');
    rmSync(path);
    renameSync(other, path);
    assert.equal(failureOf(() => safeWriteFile(path, 'two\n', { expected: stamp })).reason, 'changed');
    assert.equal(readFileSync(path, 'utf8'), 'one\n');
  });

  it('refuses to read or write through a symbolic link', () => {
    const target = join(dir, 'target.csv');
    writeFileSync(target, 'kept\n');
    const link = join(dir, 'link.csv');
    symlinkSync(target, link);
    assert.equal(failureOf(() => readForRewrite(link)).reason, 'symlink');
    assert.equal(failureOf(() => safeWriteFile(link, 'lost\n')).reason, 'symlink');
    assert.equal(readFileSync(target, 'utf8'), 'kept\n');
  });

  (posix ? it : it.skip)('keeps the mode of the file it replaces; a new file is 0600 whatever the umask', () => {
    const shared = join(dir, 'shared.csv');
    writeFileSync(shared, 'a\n');
    chmodSync(shared, 0o664);
    safeWriteFile(shared, 'b\n', { expected: readForRewrite(shared).stamp });
    assert.equal(statSync(shared).mode & 0o777, 0o664);
    const fresh = join(dir, 'report.csv');
    const umask = process.umask(0);
    try {
      safeWriteFile(fresh, 'emails\n');
    } finally {
      process.umask(umask);
    }
    assert.equal(statSync(fresh).mode & 0o777, 0o600);
  });

  (posix && process.getuid?.() === 0 ? it : it.skip)('run as root, keeps the owner and group of the file it replaces', () => {
    const path = join(dir, 'users.csv');
    writeFileSync(path, 'a\n');
    chownSync(path, 1234, 5678);
    safeWriteFile(path, 'b\n', { expected: readForRewrite(path).stamp });
    const stat = statSync(path);
    assert.deepEqual([stat.uid, stat.gid, readFileSync(path, 'utf8')], [1234, 5678, 'b\n']);
  });
});
