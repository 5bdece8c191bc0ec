// The engine's shape, checked on the source: rules see values and ranges only (no reader storage),
// the rule API depends on nothing of the engine, no import cycles, no oversized files.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const root = join(__dirname, '../../../..');
const src = join(root, 'src');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The files a source file imports (relative imports, type-only ones included). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*'(\.[^']*)'/g)) {
    const base = join(dirname(file), match[1]);
    const target = [`${base}.ts`, join(base, 'index.ts')].find((candidate) => existsSync(candidate));
    if (target) found.push(target);
  }
  return found;
}

/** Import cycles (strongly connected groups of more than one file, or a file importing itself). */
export function importCycles(files: readonly string[]): string[][] {
  const graph = new Map(files.map((file) => [file, importsOf(file)]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file)!, index.get(next)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== file);
    if (group.length > 1 || (graph.get(file) ?? []).includes(file)) cycles.push(group.map((f) => relative(root, f)));
  };
  for (const file of files) if (!index.has(file)) visit(file);
  return cycles;
}

describe('engine architecture', () => {
  const files = tsFiles(src);

  it('rule modules read values and ranges only: no table, offsets, cursors or engine imports', () => {
    const forbidden = [/\bctx\.table\b/, /\.table\b/, /\boffset\b/i, /\bspanStart\b|\bspanEnd\b|\bspan\(/, /\bfirstCell\b|\blocal\b/, /\bcursor\b/i, /\bcellStart\b|\bcellEnd\b|\brecordStart\b|\brecordEnd\b/, /from '\.\.\/(engine|reader)\//];
    const offenders: string[] = [];
    for (const file of tsFiles(join(src, 'lint', 'rules'))) {
      const text = readFileSync(file, 'utf8');
      for (const pattern of forbidden) if (pattern.test(text)) offenders.push(`${relative(root, file)}: ${pattern}`);
    }
    assert.deepEqual(offenders, []);
  });

  it('the rule API imports nothing from the engine or the reader', () => {
    const api = tsFiles(join(src, 'lint', 'api'));
    assert.ok(api.length > 0);
    const reached = api.flatMap((file) => importsOf(file).map((target) => relative(join(src, 'lint'), target)));
    assert.deepEqual(reached.filter((target) => /^(engine|reader|rules)\//.test(target)), []);
  });

  it('src has no import cycles', () => {
    assert.deepEqual(importCycles(files), []);
  });

  it('finds a cycle when there is one (the check itself works)', () => {
    const fixtures = join(root, 'test/unit/lint/fixtures/importCycle');
    assert.deepEqual(importCycles(tsFiles(fixtures)).map((group) => group.length), [2]);
  });

  it('no file in src is over 400 lines', () => {
    const long = files.map((file) => [relative(root, file), readFileSync(file, 'utf8').split('\n').length - 1] as const).filter(([, lines]) => lines > 400);
    assert.deepEqual(long, []);
  });

  it('src/lint and src/report keep no module-level mutable state (no top-level let or var)', () => {
    const offenders = files
      .filter((file) => /[/\\](lint|report)[/\\]/.test(file))
      .flatMap((file) => (/^(let|var|export let|export var)\s/m.test(readFileSync(file, 'utf8')) ? [relative(root, file)] : []));
    assert.deepEqual(offenders, []);
  });
});
