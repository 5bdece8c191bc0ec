// The baseline a lint compares each list with: `--baseline FILE`, else `"baseline"` in the list's
// .cyberguru.json (relative to that file, and inside its repository: a config is someone else's input).
// Each baseline file is read once per run, at most 64 MB, and only a regular file.
import { resolve } from 'node:path';
import type { CyberGuruConfig } from '../lint';
import { readBaselineBytes, type Baseline } from '../lint/baseline';
import { BaselineFileError, configBaselinePath, readBaselineFile } from '../lint/baseline/baselineFile';

export class BaselineFiles {
  private readonly byPath = new Map<string, Baseline>();

  constructor(
    private readonly explicit: string | undefined,
    private readonly fail: (message: string) => Error,
    private readonly warn: (message: string) => void,
  ) {}

  /** The baseline for a list linted with `config`, read from `configPath` (undefined: none configured). */
  forList(config: CyberGuruConfig, configPath: string | undefined): Baseline | undefined {
    if (this.explicit) return this.read(this.explicit, config);
    if (!config.baseline || !configPath) return undefined;
    let path: string;
    try {
      path = configBaselinePath(configPath, config.baseline);
    } catch (err) {
      throw this.fail((err as Error).message);
    }
    return this.read(path, config);
  }

  private read(path: string, config: CyberGuruConfig): Baseline {
    const key = resolve(path);
    let baseline = this.byPath.get(key);
    if (baseline) return baseline;
    let bytes: Buffer;
    try {
      bytes = readBaselineFile(path);
    } catch (err) {
      throw this.fail(err instanceof BaselineFileError ? err.message : `${path}: cannot read the baseline (${(err as Error).message})`);
    }
    baseline = readBaselineBytes(bytes, path, config);
    for (const d of baseline.duplicates) {
      this.warn(`${path}: the baseline has the ${d.kind === 'email' ? 'e-mail' : 'username'} "${d.value}" on lines ${d.lines.join(', ')}; line ${d.lines[0]} is compared`);
    }
    this.byPath.set(key, baseline);
    return baseline;
  }
}
