// Reading a baseline file from disk with the checks a repository's config cannot get around: a config's
// "baseline" is someone else's input (a cloned repository, a pull request in CI), so it must not name a
// device (/dev/zero never ends), a FIFO (blocks forever) or a file outside the repository. Node only, no
// vscode: the CLI and the editor share it, so both have the same limit and the same messages.
import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { BoundedReadError, readBoundedFile } from '../../util/boundedRead';

/** A baseline larger than this is not read (the platform's exports are far smaller). */
export const MAX_BASELINE_BYTES = 64 * 1024 * 1024;

/** Why a baseline file was not read; the message names the file and the reason. */
export class BaselineFileError extends Error {}

/**
 * Reads at most MAX_BASELINE_BYTES of a regular file, through the product's one bounded read (opened
 * non-blocking, the open descriptor checked), with the baseline's own messages.
 */
export function readBaselineFile(path: string, maxBytes = MAX_BASELINE_BYTES): Buffer {
  try {
    return readBoundedFile(path, maxBytes);
  } catch (err) {
    if (err instanceof BoundedReadError) {
      const reason = err.reason === 'too-large' ? `larger than ${maxBytes / 1024 / 1024} MB` : 'not a regular file';
      throw new BaselineFileError(`${path}: cannot read the baseline (${reason})`);
    }
    const code = (err as NodeJS.ErrnoException).code;
    throw new BaselineFileError(`${path}: cannot read the baseline (${code === 'ENOENT' ? 'no such file' : (code ?? (err as Error).message)})`);
  }
}

/** The folder holding `.git` above `configPath`, else the config's own folder. */
export function repositoryRootOf(configPath: string): string {
  const configFolder = dirname(resolve(configPath));
  for (let folder = configFolder; ; folder = dirname(folder)) {
    if (existsSync(join(folder, '.git'))) return folder;
    if (dirname(folder) === folder) return configFolder;
  }
}

/**
 * The file a config's "baseline" names, resolved against the config's folder. Refused when it lies
 * outside the config's repository, by its path or through a symbolic link; a missing file is returned
 * as resolved (reading it reports "no such file").
 */
export function configBaselinePath(configPath: string, baseline: string): string {
  const path = resolve(dirname(resolve(configPath)), baseline);
  // The repository is where the config really is: a workspace reached through a link is not "outside".
  let realConfig: string;
  try {
    realConfig = realpathSync(configPath);
  } catch {
    realConfig = resolve(configPath);
  }
  const root = repositoryRootOf(realConfig);
  const outside = (inner: string, outer: string) => {
    const rel = relative(outer, inner);
    return rel === '..' || rel.startsWith('../') || rel.startsWith('..\\') || isAbsolute(rel);
  };
  const refuse = () =>
    new BaselineFileError(`${path}: the baseline "${baseline}" in ${configPath} is outside the repository (${root}); a baseline outside it can only be given with --baseline`);
  const inRoot = resolve(dirname(realConfig), baseline);
  if (outside(inRoot, root)) throw refuse();
  let real: string;
  try {
    real = realpathSync(inRoot);
  } catch {
    return path;
  }
  if (outside(real, realpathSync(root))) throw refuse();
  return path;
}
