// HistoryFiles on the local disk (the CLI's --snapshot-dir). The folder is created on first write.
import { mkdir, open, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { safeWriteFile } from '../../util/safeWrite';
import type { HistoryFiles } from './historyStore';

export function nodeHistoryFiles(dir: string): HistoryFiles {
  return {
    async list() {
      try {
        return await readdir(dir);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw err;
      }
    },
    async read(name, maxBytes) {
      const handle = await open(join(dir, name), 'r');
      try {
        const { size } = await handle.stat();
        if (size > maxBytes) throw new Error(`${name} is larger than ${maxBytes} bytes`);
        const buffer = Buffer.alloc(size);
        await handle.read(buffer, 0, size, 0);
        return buffer;
      } finally {
        await handle.close();
      }
    },
    async write(name, data) {
      await mkdir(dir, { recursive: true, mode: 0o700 });
      // The product's one safe write: never half a snapshot under the real name, never through a
      // link, and readable by the user only (a snapshot lists every employee's e-mail).
      safeWriteFile(join(dir, name), data, { newFileMode: 0o600 });
    },
    async delete(name) {
      await rm(join(dir, name), { force: true });
    },
  };
}
