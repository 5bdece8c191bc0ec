// What `cyberguru lint` writes and reads as a user runs it (dist/cli.js on temp files): a full disk,
// a symlink or a file that is not a user list never loses a byte; a `.cyberguru.json` above the
// repository or the home folder never applies; controls in cells and file names reach the terminal
// as visible escapes.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findConfigFile } from '../../../src/lint/config/findConfigFile';

const CLI = join(__dirname, '../../../../dist/cli.js');
const HEADER = 'First Name,Last Name,Email,Language,Username,Country,roles';
const posix = process.platform !== 'win32';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function lint(args: string[], options: { fileSizeLimitKb?: number; cwd?: string } = {}): Run {
  // No code cache: these runs must not depend on (or write) one.
  const env = { ...process.env, CYBERGURU_CACHE_DIR: '' };
  const result =
    options.fileSizeLimitKb === undefined
      ? spawnSync(process.execPath, [CLI, 'lint', ...args], { encoding: 'utf8', env, cwd: options.cwd, maxBuffer: 64 * 1024 * 1024 })
      : // `ulimit -f` caps the size of any file this process writes, as a full disk does: writes fail with EFBIG.
        spawnSync('bash', ['-c', `ulimit -f ${options.fileSizeLimitKb} && exec "$0" "$@"`, process.execPath, CLI, 'lint', ...args], { encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A user list of `rows` users, each with safe fixes to apply (upper-case language, leading space). */
function fixableList(rows: number): string {
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) lines.push(` Anna,Rossi,anna.rossi.${i}@company.com,IT,E${100000 + i},IT,studente`);
  return lines.join('\n') + '\n';
}

describe('cyberguru lint: files are never lost or written where the user did not point', function () {
  this.timeout(60_000);
  let dir = '';
  before(() => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "node esbuild.mjs" first`);
  });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cyberguru-writes-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  (posix ? it : it.skip)('--fix on a full disk (EFBIG) leaves the 4,001-line list byte for byte as it was, says so, exits 2', () => {
    const path = join(dir, 'users.csv');
    const before = fixableList(4_000);
    writeFileSync(path, before);
    assert.ok(before.length > 200 * 1024, 'the list is larger than what the process may write');
    const result = lint(['--fix', path], { fileSizeLimitKb: 100 });
    assert.equal(readFileSync(path, 'utf8'), before, 'the list is unchanged');
    assert.equal(result.code, 2, result.stderr);
    assert.match(result.stderr, /users\.csv: not fixed: cannot write .*EFBIG.*the file is unchanged/);
    assert.doesNotMatch(result.stdout, /applied \d+ safe fix/);
    assert.deepEqual(readdirSync(dir), ['users.csv'], 'no temporary file is left behind');
    // With room to write, the same run fixes the whole file.
    const fixed = lint(['--fix', path]);
    assert.match(fixed.stdout, /applied 8000 safe fixes/);
    assert.equal(readFileSync(path, 'utf8').split('\n').length, 4_002);
    assert.doesNotMatch(readFileSync(path, 'utf8'), /^ |,IT,E/m);
  });

  (posix ? it : it.skip)('--fix keeps the file mode of the list it rewrites', () => {
    const path = join(dir, 'users.csv');
    writeFileSync(path, fixableList(3), { mode: 0o640 });
    const result = lint(['--fix', path]);
    assert.match(result.stdout, /applied 6 safe fixes/);
    assert.equal(statSync(path).mode & 0o777, 0o640);
  });

  it('--fix refuses a symbolic link (exit 2, says why) and leaves the file it points to alone', () => {
    const outside = join(dir, 'outside');
    mkdirSync(outside);
    const target = join(outside, 'notes.csv');
    const text = fixableList(3);
    writeFileSync(target, text);
    const link = join(dir, 'users.csv');
    symlinkSync(target, link);
    const result = lint(['--fix', link]);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /users\.csv: is a symbolic link; --fix rewrites only regular files/);
    assert.equal(readFileSync(target, 'utf8'), text);
    assert.equal(result.stdout, '', 'nothing is reported before the refusal');
    // Linting through the link, without fixing, still works.
    assert.equal(lint([link]).code, 1);
  });

  it('--fix refuses a file that does not look like a user list, keeping its comments and blank lines (exit 2)', () => {
    const path = join(dir, 'settings.csv');
    const text = '# exported settings\n\nkey,value\n  timeout , 30 \n\n# end\n';
    writeFileSync(path, text);
    const result = lint(['--fix', path]);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /settings\.csv: not fixed: it does not look like a user list/);
    assert.equal(readFileSync(path, 'utf8'), text);
  });

  it('--fix rewrites a list whose own header names are mapped in .cyberguru.json', () => {
    writeFileSync(join(dir, '.cyberguru.json'), JSON.stringify({ columns: { Posta: 'email', Nome: 'firstName' } }));
    const path = join(dir, 'dipendenti.csv');
    writeFileSync(path, 'Nome,Last Name,Posta,Language,Username,Country,roles\n Anna,Rossi,anna@company.com,it,E1001,IT,studente\n');
    const result = lint(['--fix', path]);
    assert.match(result.stdout, /applied 1 safe fix/, result.stderr);
    assert.equal(readFileSync(path, 'utf8'), 'Nome,Last Name,Posta,Language,Username,Country,roles\nAnna,Rossi,anna@company.com,it,E1001,IT,studente\n');
  });

  it('prints controls from cells and file names as visible escapes, never raw', () => {
    const name = 'list\u202Egnp.csv';
    const path = join(dir, name);
    writeFileSync(path, `${HEADER}\nAnna,Rossi,anna@company.com,\u001b]8;;https://evil.example/\u0007click\u001b]8;;\u0007\u009b2J,E1001,IT,studente\n`);
    const result = lint([path]);
    assert.equal(result.code, 1);
    // ESC, BEL, C1 CSI and the right-to-left override never reach the terminal…
    assert.doesNotMatch(result.stdout, /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
    // …and the user sees where they were.
    assert.ok(result.stdout.includes('list\\u202Egnp.csv:2:'), result.stdout);
    assert.ok(result.stdout.includes('\\x1B]8;;https://evil.example/\\x07click\\x1B]8;;\\x07\\x9B2J'), result.stdout);
  });
});

describe('the CLI looks for .cyberguru.json only up to the repository root or the home folder', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cyberguru-config-search-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const config = (folder: string) => {
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, '.cyberguru.json'), '{}');
    return join(folder, '.cyberguru.json');
  };

  it('a config above the repository root does not apply; one inside it does', () => {
    config(dir);
    const repo = join(dir, 'repo');
    mkdirSync(join(repo, '.git'), { recursive: true });
    mkdirSync(join(repo, 'exports'));
    const csv = join(repo, 'exports', 'users.csv');
    assert.equal(findConfigFile(csv, '/nonexistent-home'), undefined);
    const inRepo = config(repo);
    assert.equal(findConfigFile(csv, '/nonexistent-home'), inRepo);
  });

  it('a config above the home folder does not apply; one in it does', () => {
    config(dir);
    const home = join(dir, 'home', 'anna');
    mkdirSync(join(home, 'lists'), { recursive: true });
    const csv = join(home, 'lists', 'users.csv');
    assert.equal(findConfigFile(csv, home), undefined);
    assert.equal(findConfigFile(csv, join(home, '/')), undefined);
    const inHome = config(home);
    assert.equal(findConfigFile(csv, home), inHome);
  });

  it('a file under neither takes a config from its own folder only', () => {
    config(dir);
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    assert.equal(findConfigFile(join(dir, 'a', 'b', 'users.csv'), '/nonexistent-home'), undefined);
    const own = config(join(dir, 'a', 'b'));
    assert.equal(findConfigFile(join(dir, 'a', 'b', 'users.csv'), '/nonexistent-home'), own);
  });

  (posix ? it : it.skip)('a folder others can write to, such as /tmp, is not searched', () => {
    const shared = join(dir, 'shared');
    config(shared);
    chmodSync(shared, 0o1777);
    mkdirSync(join(shared, '.git'));
    assert.equal(findConfigFile(join(shared, 'users.csv'), '/nonexistent-home'), undefined);
  });

  it('cyberguru lint does not apply a .cyberguru.json above the repository root', () => {
    // A config that would make the list an error (a column it lacks is required) if it applied.
    writeFileSync(join(dir, '.cyberguru.json'), JSON.stringify({ requireAuthmode: true }));
    const repo = join(dir, 'repo');
    mkdirSync(join(repo, '.git'), { recursive: true });
    const csv = join(repo, 'users.csv');
    writeFileSync(csv, `${HEADER}\nAnna,Rossi,anna@company.com,it,E1001,IT,studente\n`);
    const result = lint([csv]);
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /No problems in 1 file\./);
    // The same config in the repository applies.
    writeFileSync(join(repo, '.cyberguru.json'), JSON.stringify({ requireAuthmode: true }));
    assert.match(lint([csv]).stdout, /CG101 missing-column {2}Required column "Authmode"/);
  });
});
