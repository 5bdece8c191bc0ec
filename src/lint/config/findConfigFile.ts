import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const CONFIG_FILE_NAME = '.cyberguru.json';

/** Searches upward from the CSV's folder for `.cyberguru.json` (CLI; the editor uses workspace APIs). */
export function findConfigFile(csvPath: string): string | undefined {
  let dir = dirname(resolve(csvPath));
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
