// Writes a whole file so that it is either the old file or the new one, never half of each: the bytes
// go to a temporary file in the same folder, are flushed to disk, and the temporary file is renamed over
// the target. Plain Node, no `vscode`, for the CLI and the extension host alike.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** What a file was when it was read (size, modification time, inode): a write based on it is refused if it changed. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ino: number;
}

export function fileStamp(path: string): FileStamp | undefined {
  try {
    const s = statSync(path);
    return { size: s.size, mtimeMs: s.mtimeMs, ino: s.ino };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

export class FileChangedError extends Error {
  constructor(path: string) {
    super(`${path} changed on disk while it was being updated; nothing was written (try again)`);
    this.name = 'FileChangedError';
  }
}

export interface AtomicWriteOptions {
  /** The target as it was read (undefined: it did not exist); a different file now is refused. */
  expected?: FileStamp | 'absent';
  /** Asked after the bytes are on disk, before the rename: true leaves the target as it was and removes the temporary file. */
  cancelled?: () => boolean;
}

/** Writes `data` to `path` atomically; returns false when cancelled (nothing changed). */
export function writeFileAtomically(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): boolean {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const fd = openSync(temp, 'wx', 0o644);
  let renamed = false;
  try {
    try {
      for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (options.cancelled?.()) return false;
    if (options.expected !== undefined) {
      const now = fileStamp(path);
      const expected = options.expected === 'absent' ? undefined : options.expected;
      const same = now === undefined ? expected === undefined : expected !== undefined && now.size === expected.size && now.mtimeMs === expected.mtimeMs && now.ino === expected.ino;
      if (!same) throw new FileChangedError(path);
    }
    renameSync(temp, path);
    renamed = true;
    return true;
  } finally {
    if (!renamed) rmSync(temp, { force: true });
  }
}
