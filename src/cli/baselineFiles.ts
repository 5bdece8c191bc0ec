// The baseline a lint compares each list with: `--baseline FILE`, else `"baseline"` in the list's
// .cyberguru.json (relative to that file). Each baseline file is read once per run.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { CyberGuruConfig } from '../lint';
import { readBaselineBytes, type Baseline } from '../lint/baseline';

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
    return this.read(resolve(dirname(configPath), config.baseline), config);
  }

  private read(path: string, config: CyberGuruConfig): Baseline {
    const key = resolve(path);
    let baseline = this.byPath.get(key);
    if (baseline) return baseline;
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw this.fail(`${path}: cannot read the baseline (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'not a file' : (code ?? (err as Error).message)})`);
    }
    baseline = readBaselineBytes(bytes, path, config);
    for (const d of baseline.duplicates) {
      this.warn(`${path}: the baseline has the ${d.kind === 'email' ? 'e-mail' : 'username'} "${d.value}" on lines ${d.lines.join(', ')}; line ${d.lines[0]} is compared`);
    }
    this.byPath.set(key, baseline);
    return baseline;
  }
}
