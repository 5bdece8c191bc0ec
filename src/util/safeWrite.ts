// The one way the product writes a file (the CLI's `lint --fix` and `report --output`, the editor's
// encoding and BOM commands, the report export, the CLI's code cache). Plain Node, no `vscode`: the CLI
// and the extension host both use it.
//
// A file is never written in place: the new bytes go to a temporary file in the same folder (same file
// system, so the rename is atomic), created with the original's permission bits, flushed to disk, then
// renamed over the target. A full disk, a killed process or a write error therefore leaves the original
// byte for byte as it was. Before the rename the target is checked against what was read (size, change
// time, inode): if another program changed it meanwhile, nothing is replaced and the temporary file is
// removed, so neither their change nor ours is half-applied.
import { closeSync, constants, fchmodSync, fchownSync, fstatSync, fsyncSync, lstatSync, openSync, readSync, renameSync, rmSync, writeSync, type BigIntStats } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/** What a file was when it was read: a rewrite based on it is refused if the file is no longer that. */
export interface FileStamp {
  readonly size: bigint;
  readonly mtimeNs: bigint;
  readonly ctimeNs: bigint;
  readonly ino: bigint;
  readonly dev: bigint;
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
}

export type SafeWriteFailure = 'symlink' | 'not-a-file' | 'changed' | 'io';

/** Why a write did not happen; the target is as it was. `message` is meant for the user. */
export class SafeWriteError extends Error {
  constructor(
    readonly reason: SafeWriteFailure,
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

function stampOf(stat: BigIntStats): FileStamp {
  return { size: stat.size, mtimeNs: stat.mtimeNs, ctimeNs: stat.ctimeNs, ino: stat.ino, dev: stat.dev, mode: Number(stat.mode), uid: Number(stat.uid), gid: Number(stat.gid) };
}

function sameFile(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs && a.ino === b.ino && a.dev === b.dev;
}

/** O_NOFOLLOW where the platform has it: a symlink put in place after the check is not followed either. */
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;

/**
 * Reads a file that may be rewritten, with its stamp taken from the same open file. A symlink or
 * anything but a regular file is refused (rewriting it would write where the user did not point).
 */
export function readForRewrite(path: string): { bytes: Buffer; stamp: FileStamp } {
  const link = lstatSync(path);
  if (link.isSymbolicLink()) throw new SafeWriteError('symlink', `${path} is a symbolic link; not rewriting it (run on the file it points to)`);
  if (!link.isFile()) throw new SafeWriteError('not-a-file', `${path} is not a regular file`);
  const fd = openSync(path, constants.O_RDONLY | NO_FOLLOW);
  try {
    const stat = fstatSync(fd, { bigint: true });
    const size = Number(stat.size);
    const bytes = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return { bytes: read === size ? bytes : bytes.subarray(0, read), stamp: stampOf(stat) };
  } finally {
    closeSync(fd);
  }
}

/** The stamp of an existing file (lstat: a symlink is refused), or undefined when there is none. */
export function stampIfExists(path: string): FileStamp | undefined {
  let stat: BigIntStats;
  try {
    stat = lstatSync(path, { bigint: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  if (stat.isSymbolicLink()) throw new SafeWriteError('symlink', `${path} is a symbolic link; not writing through it`);
  if (!stat.isFile()) throw new SafeWriteError('not-a-file', `${path} is not a regular file`);
  return stampOf(stat);
}

export interface SafeWriteOptions {
  /**
   * What the target was when its content was read. Absent: the target is expected not to exist or to be
   * replaceable as found when the write starts (an export over an earlier export).
   */
  readonly expected?: FileStamp;
  /** Permission bits of a new file (an existing file keeps its own). Default 0o600: the product's files hold personal data. */
  readonly newFileMode?: number;
  /** Permission bits the file gets whatever it had, and this user as owner (the code cache must be the user's alone). */
  readonly mode?: number;
}

function writeAll(fd: number, data: Uint8Array): void {
  let written = 0;
  while (written < data.length) written += writeSync(fd, data, written, data.length - written);
}

/** Flushes the folder's entry for the rename where the platform allows opening a folder (not Windows). */
function syncFolder(dir: string): void {
  if (process.platform === 'win32') return;
  try {
    const fd = openSync(dir, constants.O_RDONLY);
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some file systems refuse fsync on a folder; the data itself is already flushed.
  }
}

/** The replaced file's owner and group where this process may set them (root, or a group it is in). */
function keepOwner(fd: number, before: FileStamp): void {
  if (before.uid === process.getuid?.() && before.gid === process.getgid?.()) return;
  try {
    fchownSync(fd, before.uid, before.gid);
  } catch {
    // Not allowed (EPERM): the file becomes this user's, as any rewrite by this user would make it.
  }
}

function describe(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'EFBIG') return 'the file would exceed the size this process may write (EFBIG)';
  if (e.code === 'ENOSPC') return 'the disk is full (ENOSPC)';
  if (e.code === 'EDQUOT') return 'the disk quota is exceeded (EDQUOT)';
  if (e.code === 'EACCES' || e.code === 'EPERM') return `permission denied (${e.code})`;
  if (e.code === 'EROFS') return 'the file system is read-only (EROFS)';
  return e.code ?? e.message;
}

/**
 * Replaces `path` with `data` as described at the top of this file. Throws SafeWriteError (the target
 * untouched, no temporary file left) on a symlink, a changed target or any I/O failure.
 */
export function safeWriteFile(path: string, data: Uint8Array | string, options: SafeWriteOptions = {}): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const before = stampIfExists(path);
  const expected = options.expected;
  if (expected && (!before || !sameFile(before, expected))) throw changedError(path);
  const mode = (options.mode ?? before?.mode ?? options.newFileMode ?? 0o600) & 0o7777;
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NO_FOLLOW, mode);
    // The exact bits, whatever the umask: a 0600 file stays 0600, a shared one stays shared.
    if (process.platform !== 'win32') {
      fchmodSync(fd, mode);
      // A file with imposed bits (the code cache) must be this user's own, whoever owned the old one.
      if (before && options.mode === undefined) keepOwner(fd, before);
    }
    writeAll(fd, bytes);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    // The last look before the rename: another program may have written meanwhile.
    const now = stampIfExists(path);
    const moved = before ? !now || !sameFile(now, before) : now !== undefined;
    if (moved) throw changedError(path);
    renameSync(temp, path);
  } catch (err) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    if (err instanceof SafeWriteError) throw err;
    throw new SafeWriteError('io', `cannot write ${path}: ${describe(err)}; the file is unchanged`, (err as NodeJS.ErrnoException).code);
  }
  syncFolder(dir);
}

function changedError(path: string): SafeWriteError {
  return new SafeWriteError('changed', `${path} changed on disk after it was read (another program wrote to it); not overwriting it, run again`);
}
