import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..', '..', '..');

function sources(...dirs: string[]): string[] {
  return dirs.flatMap((dir) => {
    const abs = join(root, dir);
    if (statSync(abs, { throwIfNoEntry: false })?.isFile()) return [abs];
    if (!statSync(abs, { throwIfNoEntry: false })) return [];
    return readdirSync(abs, { recursive: true })
      .map((f) => join(abs, f.toString()))
      .filter((f) => f.endsWith('.ts') && statSync(f).isFile());
  });
}

/** Code that runs inside the extension host (the CLI and the emulator are run by the user themself). */
const EXTENSION_CODE = sources('src/extension.ts', 'src/editor', 'src/sidebar', 'src/lint', 'src/report', 'src/util');

/** Ways code can run text it did not ship with, or start other programs. */
const EXECUTES_CODE: [string, RegExp][] = [
  ['eval', /\beval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['child_process', /['"](node:)?child_process['"]/],
  ['vm module', /['"](node:)?vm['"]/],
  ['worker_threads', /['"](node:)?worker_threads['"]/],
  ['require of a computed path', /\brequire\s*\(\s*[^'")\s]/],
  ['dynamic import', /\bimport\s*\(/],
  ['a VS Code terminal or task', /\b(createTerminal|executeTask|ShellExecution|ProcessExecution)\b/],
];

describe('no code path runs workspace content (Workspace Trust)', () => {
  it('finds the extension sources to check', () => {
    assert.ok(EXTENSION_CODE.length > 20, `only ${EXTENSION_CODE.length} files found`);
  });

  for (const [what, pattern] of EXECUTES_CODE) {
    it(`extension code never uses ${what}`, () => {
      const hits = EXTENSION_CODE.filter((f) => pattern.test(readFileSync(f, 'utf8'))).map((f) => relative(root, f));
      assert.deepEqual(hits, []);
    });
  }

  it('reads .cyberguru.json as data (JSON.parse), never as a module', () => {
    const config = sources('src/lint/config').map((f) => readFileSync(f, 'utf8')).join('\n');
    assert.match(config, /JSON\.parse/);
  });

  it('any webview has a strict Content-Security-Policy and loads nothing remote', () => {
    for (const file of EXTENSION_CODE) {
      const code = readFileSync(file, 'utf8');
      if (!/createWebviewPanel|registerWebviewViewProvider|\.webview\.html/.test(code)) continue;
      assert.match(code, /Content-Security-Policy/, `${relative(root, file)} sets webview HTML without a CSP`);
      assert.match(code, /default-src 'none'/, `${relative(root, file)}: the CSP does not start from default-src 'none'`);
      assert.doesNotMatch(code, /<(script|link|img)[^>]+(src|href)=["']https?:/i, `${relative(root, file)} loads remote content`);
    }
  });
});
