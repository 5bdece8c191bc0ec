// The CLI's code cache (src/cli/codeCache.ts): the bundle runs the same with or without it, a bad or
// unsafe cache is never used, and the installed `cyberguru` gives the same output from a cache.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { wrap } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { cacheDirectory, cacheFileBytes, cacheFileName, runBundle, trustedBytecode } from '../../../src/cli/codeCache';
import { generateUserList } from '../../../bench/lintUserList';

const CLI = join(__dirname, '../../../../dist/cli.js');
const CLI_MAIN = join(__dirname, '../../../../dist/cliMain.js');

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest();

/**
 * V8 bytecode of another script exactly as long as the wrapped CLI bundle (V8 checks only the length):
 * a cache an attacker could leave where the CLI looks. Run, it would print FORGED and exit.
 */
function forgedBytecode(): { data: Buffer; source: string } {
  const length = wrap(readFileSync(CLI_MAIN, 'utf8')).length;
  const body = '(function (exports, require, module, __filename, __dirname) { process.stdout.write("FORGED\\n"); process.exit(0); });';
  const source = body + ' '.repeat(length - body.length);
  return { data: new Script(source, { filename: CLI_MAIN }).createCachedData(), source };
}
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
    assert.equal(cacheDirectory({ CYBERGURU_CACHE_DIR: '.cache/cyberguru' }, 'linux', '/home/anna'), undefined, 'a relative folder: no cache');
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

  describe('a cache the CLI did not write is never run', () => {
    const list = () => {
      const path = join(dir, 'users.csv');
      writeFileSync(path, generateUserList(200));
      return path;
    };
    const lint = (cache: string, path: string, cwd?: string) =>
      spawnSync(process.execPath, [CLI, 'lint', '--format', 'json', path], { encoding: 'utf8', cwd, env: { ...process.env, CYBERGURU_CACHE_DIR: cache } });
    /** Primes the cache in `cacheDir` and returns its one file. */
    const primed = (cacheDir: string, path: string) => {
      const run = lint(cacheDir, path);
      assert.equal(run.status, 1, run.stderr);
      const files = readdirSync(cacheDir);
      assert.equal(files.length, 1);
      return { file: join(cacheDir, files[0]), expected: run.stdout };
    };
    const isTrusted = (file: string) => trustedBytecode(readFileSync(file), sha256(readFileSync(CLI_MAIN))) !== undefined;

    /** Runs with `bytes` as the cache file: the foreign code must not run, the report must be the real one, and the cache is replaced. */
    const assertIgnored = (cacheDir: string, file: string, path: string, expected: string) => {
      const run = lint(cacheDir, path);
      assert.doesNotMatch(run.stdout, /FORGED/, 'the foreign bytecode did not run');
      assert.equal(run.signal, null, 'no V8 crash');
      assert.equal(run.status, 1, run.stderr);
      assert.equal(run.stdout, expected);
      assert.ok(isTrusted(file), 'the run wrote a good cache in its place');
      assert.equal(lint(cacheDir, path).stdout, expected, 'the next run works');
    };

    it('forged bytecode of a same-length script is ignored and replaced', () => {
      const path = list();
      const cacheDir = join(dir, 'cache');
      const { file, expected } = primed(cacheDir, path);
      writeFileSync(file, forgedBytecode().data, { mode: 0o600 });
      assertIgnored(cacheDir, file, path, expected);
    });

    it('forged bytecode under a header for another bundle is ignored and replaced', () => {
      const path = list();
      const cacheDir = join(dir, 'cache');
      const { file, expected } = primed(cacheDir, path);
      const forged = forgedBytecode();
      writeFileSync(file, cacheFileBytes(forged.data, sha256(Buffer.from(forged.source))), { mode: 0o600 });
      assertIgnored(cacheDir, file, path, expected);
    });

    (posix ? it : it.skip)('a cache file others could have written (mode 0644, as a checkout makes it) is not read', () => {
      const path = list();
      const cacheDir = join(dir, 'cache');
      const { file, expected } = primed(cacheDir, path);
      const forged = forgedBytecode().data;
      // Bare, then under a header that matches this very bundle: only the file's mode gives that one away.
      for (const bytes of [forged, cacheFileBytes(forged, sha256(readFileSync(CLI_MAIN)))]) {
        writeFileSync(file, bytes);
        chmodSync(file, 0o644);
        assertIgnored(cacheDir, file, path, expected);
        assert.equal(statSync(file).mode & 0o777, 0o600, "rewritten as the user's own");
      }
    });

    it('a relative CYBERGURU_CACHE_DIR (a folder inside a checkout) is neither read nor written', () => {
      const path = list();
      const inCheckout = join(dir, '.cache', 'cyberguru');
      mkdirSync(inCheckout, { recursive: true, mode: 0o700 });
      const name = cacheFileName('0000000000000000', 'lint', process.versions.v8, process.arch);
      writeFileSync(join(inCheckout, name), forgedBytecode().data, { mode: 0o600 });
      const run = lint('.cache/cyberguru', path, dir);
      assert.doesNotMatch(run.stdout, /FORGED/);
      assert.equal(run.status, 1, run.stderr);
      assert.deepEqual(readdirSync(inCheckout), [name]);
    });

    it('a cache with 64 flipped bytes is ignored: no crash, the same report, and the next run works', () => {
      const path = list();
      const cacheDir = join(dir, 'cache');
      const { file, expected } = primed(cacheDir, path);
      const bytes = readFileSync(file);
      const start = Math.floor(bytes.length / 2);
      for (let i = 0; i < 64; i++) bytes[start + i * 7] ^= 0xff;
      writeFileSync(file, bytes);
      assertIgnored(cacheDir, file, path, expected);
    });
  });
});
