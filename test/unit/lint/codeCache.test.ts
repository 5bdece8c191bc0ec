// The CLI's code cache (src/cli/codeCache.ts): the bundle runs the same with or without it, a bad or
// unsafe cache is never used, and the installed `cyberguru` gives the same output from a cache.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheDirectory, cacheFileName, runBundle } from '../../../src/cli/codeCache';
import { generateUserList } from '../../../bench/lintUserList';

const CLI = join(__dirname, '../../../../dist/cli.js');
const posix = process.platform !== 'win32';

describe('CLI code cache', function () {
  this.timeout(30_000);
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cyberguru-code-cache-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /**
   * Each run compiles a copy under a new name: V8 keeps what this process compiled keyed by name and
   * text, and a run would take that instead of the cache file (a CLI process compiles the bundle once).
   */
  let copies = 0;
  const bundleOf = (text: string) => {
    const path = join(dir, `bundle-${++copies}.js`);
    writeFileSync(path, text);
    return path;
  };

  it('lives where the OS keeps per-user caches, or where CYBERGURU_CACHE_DIR says (empty: none)', () => {
    assert.equal(cacheDirectory({}, 'linux', '/home/anna'), '/home/anna/.cache/cyberguru');
    assert.equal(cacheDirectory({ XDG_CACHE_HOME: '/var/cache/anna' }, 'linux', '/home/anna'), '/var/cache/anna/cyberguru');
    assert.equal(cacheDirectory({}, 'darwin', '/Users/anna'), '/Users/anna/Library/Caches/cyberguru');
    assert.equal(cacheDirectory({ LOCALAPPDATA: 'C:\\Users\\anna\\AppData\\Local' }, 'win32', 'C:\\Users\\anna'), join('C:\\Users\\anna\\AppData\\Local', 'cyberguru', 'Cache'));
    assert.equal(cacheDirectory({ CYBERGURU_CACHE_DIR: '/tmp/cg' }, 'linux', '/home/anna'), '/tmp/cg');
    assert.equal(cacheDirectory({ CYBERGURU_CACHE_DIR: '' }, 'linux', '/home/anna'), undefined);
    assert.equal(cacheDirectory({}, 'linux', ''), undefined);
  });

  it('runs the bundle as require would, then from the cache it saved, with the same result', () => {
    const text = "const { basename } = require('node:path');\nmodule.exports = { name: basename(__filename), dir: __dirname, same: exports === module.exports, sum: [1, 2, 3].reduce((a, b) => a + b) };\n";
    const cacheFile = join(dir, 'cache', cacheFileName('build1', 'lint', process.versions.v8, process.arch));
    const expected = (n: number) => ({ name: `bundle-${n}.js`, dir, same: true, sum: 6 });

    const first = runBundle(bundleOf(text), cacheFile);
    assert.deepEqual(first.exports, expected(copies));
    assert.equal(first.usedCache, false);
    assert.equal(existsSync(cacheFile), false, 'nothing is written before the run is over');
    first.saveCache();
    assert.ok(statSync(cacheFile).size > 0);
    if (posix) assert.equal(statSync(cacheFile).mode & 0o777, 0o600);

    const second = runBundle(bundleOf(text), cacheFile);
    assert.equal(second.usedCache, true);
    assert.deepEqual(second.exports, expected(copies));
  });

  it('a damaged cache is not used, the bundle still runs, and the next save repairs it', () => {
    const text = 'module.exports = 6 * 7;\n';
    const cacheFile = join(dir, 'cache', cacheFileName('build1', 'lint', process.versions.v8, process.arch));
    runBundle(bundleOf(text), cacheFile).saveCache();
    writeFileSync(cacheFile, Buffer.from('not V8 bytecode at all, just some bytes'));
    const damaged = runBundle(bundleOf(text), cacheFile);
    assert.equal(damaged.usedCache, false);
    assert.equal(damaged.exports, 42);
    damaged.saveCache();
    assert.equal(runBundle(bundleOf(text), cacheFile).usedCache, true);
  });

  it("saving removes other builds' caches of the same kind and keeps the other kind", () => {
    const bundle = bundleOf('module.exports = 1;\n');
    const cacheDir = join(dir, 'cache');
    const name = (build: string, kind: 'lint' | 'other') => cacheFileName(build, kind, process.versions.v8, process.arch);
    runBundle(bundle, join(cacheDir, name('old', 'lint'))).saveCache();
    runBundle(bundle, join(cacheDir, name('old', 'other'))).saveCache();
    runBundle(bundle, join(cacheDir, name('new', 'lint'))).saveCache();
    assert.deepEqual(readdirSync(cacheDir).sort(), [name('new', 'lint'), name('old', 'other')].sort());
  });

  (posix ? it : it.skip)('a cache folder other users can write to is neither read nor written', () => {
    const text = 'module.exports = "ran";\n';
    const cacheDir = join(dir, 'shared');
    const cacheFile = join(cacheDir, cacheFileName('build1', 'lint', process.versions.v8, process.arch));
    runBundle(bundleOf(text), cacheFile).saveCache();
    chmodSync(cacheDir, 0o777);
    const run = runBundle(bundleOf(text), cacheFile);
    assert.equal(run.usedCache, false, 'bytecode another user could have written is not run');
    assert.equal(run.exports, 'ran');
    rmSync(cacheFile);
    run.saveCache();
    assert.deepEqual(readdirSync(cacheDir), []);
  });

  it('cyberguru lint prints the same report from a fresh cache and from the saved one; an empty CYBERGURU_CACHE_DIR saves none', () => {
    const list = join(dir, 'users.csv');
    writeFileSync(list, generateUserList(2_000));
    const cacheDir = join(dir, 'cache');
    const lint = (cache: string) => spawnSync(process.execPath, [CLI, 'lint', '--format', 'json', list], { encoding: 'utf8', env: { ...process.env, CYBERGURU_CACHE_DIR: cache } });
    const fresh = lint(cacheDir);
    assert.equal(fresh.status, 1, fresh.stderr);
    assert.match(fresh.stdout, /"code":"CG\d{3}"/);
    assert.deepEqual(readdirSync(cacheDir).map((f) => f.replace(/-[0-9a-f]{16}-.*/, '')), ['cli-lint']);
    const cached = lint(cacheDir);
    assert.equal(cached.status, 1);
    assert.equal(cached.stdout, fresh.stdout);
    const none = lint('');
    assert.equal(none.stdout, fresh.stdout);
    assert.equal(readdirSync(cacheDir).length, 1);
  });
});
