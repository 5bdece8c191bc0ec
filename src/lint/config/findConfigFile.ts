import { existsSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const CONFIG_FILE_NAME = '.cyberguru.json';

/**
 * The last folder the search may look in: the nearest repository root (a folder with `.git`) or the
 * user's home, whichever comes first going up; undefined when the file is under neither.
 */
function searchLimit(start: string, home: string): string | undefined {
  let dir = start;
  for (;;) {
    if (dir === home || existsSync(join(dir, '.git'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** True for a folder other users may write to (POSIX mode bit), such as /tmp: a config there may be anyone's. */
function writableByOthers(dir: string): boolean {
  if (process.platform === 'win32') return false;
  try {
    return (statSync(dir).mode & 0o002) !== 0;
  } catch {
    return true;
  }
}

/**
 * Searches upward from the CSV's folder for `.cyberguru.json` (CLI; the editor uses workspace APIs),
 * up to the repository root or the user's home and never above: a `.cyberguru.json` in a shared folder
 * such as `/tmp` or `/` would otherwise apply to every list below it, whoever wrote it. A file under
 * neither a repository nor the home folder takes a config from its own folder only; a folder other
 * users can write to is never searched. `--config` names any file explicitly.
 */
export function findConfigFile(csvPath: string, home: string = homedir()): string | undefined {
  const start = dirname(resolve(csvPath));
  const limit = searchLimit(start, home ? resolve(home) : '') ?? start;
  let dir = start;
  for (;;) {
    if (writableByOthers(dir)) return undefined;
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    if (dir === limit) return undefined;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
