// The pre-commit hook (.pre-commit-hooks.yaml) run by the pre-commit tool itself (`pre-commit try-repo`,
// as a user tries a hook before adding it to .pre-commit-config.yaml) on a repository with user lists,
// with the CLI installed from the packed tarball. Pending where pre-commit is not installed.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { npmPrefixEnv, packCli, sh } from './packedCli';
import { REPO_ROOT } from './repoRoot';

const HEADER = 'First Name,Last Name,Email,Language,Username,Country,roles';
const hasPreCommit = sh('pre-commit', ['--version'], tmpdir()).code === 0;

describe('pre-commit hook cyberguru-lint', function () {
  this.timeout(180_000);
  let dir = '';
  before(function () {
    // CI installs Debian's pre-commit (.ci/run): there a missing one is a failure, never a silent skip.
    if (!hasPreCommit && process.env.CI) throw new Error('pre-commit is not installed (apt-get install pre-commit)');
    if (!hasPreCommit) this.skip();
    dir = mkdtempSync(join(tmpdir(), 'cyberguru-pre-commit-'));
  });
  after(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('fails on a list with errors, naming the problem, and passes on a clean list', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, ...npmPrefixEnv(join(dir, 'prefix')), PRE_COMMIT_HOME: join(dir, 'pre-commit-home') };
    const installed = sh('npm', ['install', '--global', packCli(join(dir, 'pack'))], dir, env);
    assert.equal(installed.code, 0, installed.stderr);

    const repo = join(dir, 'repo');
    mkdirSync(repo);
    writeFileSync(join(repo, 'march.csv'), `${HEADER}\nAnna,Rossi,anna@company.com,Italiano,E1001,IT,studente\n`);
    writeFileSync(join(repo, 'april.csv'), `${HEADER}\nLuca,Bianchi,luca@company.com,it,E1002,IT,studente\n`);
    assert.equal(sh('git', ['init', '-q'], repo).code, 0);
    assert.equal(sh('git', ['add', '.'], repo).code, 0);

    const failing = sh('pre-commit', ['try-repo', REPO_ROOT, 'cyberguru-lint', '--files', 'march.csv'], repo, env);
    assert.equal(failing.code, 1, failing.stdout + failing.stderr);
    assert.match(failing.stdout, /Cyber Guru user-list lint\.+Failed/);
    assert.match(failing.stdout, /march\.csv:2:29 {2}error {4}CG207 language-code/);

    const passing = sh('pre-commit', ['try-repo', REPO_ROOT, 'cyberguru-lint', '--files', 'april.csv'], repo, env);
    assert.equal(passing.code, 0, passing.stdout + passing.stderr);
    assert.match(passing.stdout, /Cyber Guru user-list lint\.+Passed/);
  });
});
