// `cyberguru --version` and `cyberguru init` as a user runs them (the bundled dist/cli.js).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../../../src/lint';

const root = join(__dirname, '../../../..');
const CLI = join(root, 'dist/cli.js');

function run(args: string[], cwd?: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('cyberguru --version and init (CLI)', function () {
  this.timeout(30_000);
  let dir = '';
  before(() => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "node esbuild.mjs" first`);
    dir = mkdtempSync(join(tmpdir(), 'cyberguru-init-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('--version prints the version of package.json', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const result = run(['--version']);
    assert.equal(result.code, 0);
    assert.equal(result.stdout, `${version}\n`);
  });

  it('init writes a commented .cyberguru.json with $schema next to the list, naming what its header lacks', () => {
    const list = join(dir, 'utenti.csv');
    writeFileSync(list, 'Nome;Cognome;Matricola;Email;Lingua;Paese;Reparto\nAnna;Rossi;E1001;anna@company.com;it;IT;Vendite\n');
    const result = run(['init', list]);
    assert.equal(result.code, 0);
    const configPath = join(dir, '.cyberguru.json');
    const text = readFileSync(configPath, 'utf8');
    assert.match(text, /^\/\/ Cyber Guru user-list lint configuration/);
    assert.match(text, /"\$schema": "https:\/\/example\.invalid\/cyberguru-userlist\/schemas\/cyberguru\.schema\.json"/);
    assert.match(text, /utenti\.csv has no column the platform maps to: Username\./);
    assert.match(text, /\/\/ "teamColumn": "Reparto",/);
    assert.deepEqual(parseConfig(text).errors, [], 'the written file is a valid config as it is');
    assert.match(run(['lint', list]).stdout, /CG101 missing-column {2}Required column "Username"/);
    // Uncommenting the suggested mapping is all it takes.
    writeFileSync(configPath, text.replace('// "Matricola": "username"', '"Matricola": "username"'));
    assert.doesNotMatch(run(['lint', list]).stdout, /CG101/);
  });

  it('init never overwrites an existing config unless --force, and without a list writes into the current folder', () => {
    const sub = mkdtempSync(join(dir, 'cwd-'));
    assert.equal(run(['init'], sub).code, 0);
    const first = readFileSync(join(sub, '.cyberguru.json'), 'utf8');
    assert.doesNotMatch(first, /Written by/);
    writeFileSync(join(sub, '.cyberguru.json'), '{"rules":{"CG212":"off"}}');
    const again = run(['init'], sub);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /already exists \(use --force to overwrite it\)/);
    assert.equal(readFileSync(join(sub, '.cyberguru.json'), 'utf8'), '{"rules":{"CG212":"off"}}');
    assert.equal(run(['init', '--force'], sub).code, 0);
    assert.equal(readFileSync(join(sub, '.cyberguru.json'), 'utf8'), first);
  });

  it('init never writes through a symbolic link, even with --force, and a new config is 0644', function () {
    if (process.platform === 'win32') this.skip();
    const sub = mkdtempSync(join(dir, 'link-'));
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'not a config\n');
    symlinkSync(victim, join(sub, '.cyberguru.json'));
    for (const args of [['init', '--force'], ['init']]) {
      const result = run(args, sub);
      assert.equal(result.code, 2, args.join(' '));
      assert.match(result.stderr, /\.cyberguru\.json is a symbolic link; not writing through it/);
      assert.equal(readFileSync(victim, 'utf8'), 'not a config\n');
      assert.ok(lstatSync(join(sub, '.cyberguru.json')).isSymbolicLink());
    }
    // A dangling link is refused the same way, not with a raw EEXIST.
    rmSync(victim);
    const dangling = run(['init'], sub);
    assert.equal(dangling.code, 2);
    assert.match(dangling.stderr, /is a symbolic link; not writing through it/);
    assert.equal(existsSync(victim), false);
    const fresh = mkdtempSync(join(dir, 'mode-'));
    assert.equal(run(['init'], fresh).code, 0);
    assert.equal(statSync(join(fresh, '.cyberguru.json')).mode & 0o777, 0o644);
  });
});
