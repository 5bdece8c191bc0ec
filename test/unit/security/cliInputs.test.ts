// What `cyberguru diff` and `cyberguru init` read is bounded like every other file the product did not
// write, and a list's name cannot break out of the comment `init` writes it into.
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../../../src/lint';

const CLI = join(__dirname, '..', '..', '..', '..', 'dist', 'cli.js');
const LIST = 'First Name,Last Name,Email,Language,Username,Country\nAnna,Rossi,anna@example.com,it,E1001,IT\n';

function run(cwd: string, ...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 20_000 });
}

describe('cyberguru diff and init read bounded inputs', function () {
  this.timeout(30_000);
  const dir = mkdtempSync(join(tmpdir(), 'cg-cli-inputs-'));

  it('diff with a FIFO or /dev/zero as the list ends at once with exit 2 and says why', () => {
    const baseline = join(dir, 'baseline.csv');
    writeFileSync(baseline, LIST);
    const fifo = join(dir, 'list-fifo.csv');
    execFileSync('mkfifo', [fifo]);
    for (const list of [fifo, '/dev/zero']) {
      const result = run(dir, 'diff', baseline, list);
      assert.equal(result.status, 2, `${list}: ${result.stderr}`);
      assert.match(result.stderr, /not a regular file/);
    }
  });

  it('init with a FIFO as the list ends at once with exit 2 and writes no config', () => {
    const folder = mkdtempSync(join(dir, 'init-fifo-'));
    const fifo = join(folder, 'users.csv');
    execFileSync('mkfifo', [fifo]);
    const result = run(folder, 'init', fifo);
    assert.equal(result.status, 2, result.stderr);
    assert.throws(() => readFileSync(join(folder, '.cyberguru.json')));
  });

  it('a list name with a line break stays inside its comment: the written config parses', () => {
    const folder = mkdtempSync(join(dir, 'init-name-'));
    const name = 'users\n"rules": {"CG201": "off"},\n.csv';
    writeFileSync(join(folder, name), LIST);
    const result = run(folder, 'init', name);
    assert.equal(result.status, 0, result.stderr);
    const { config, errors } = parseConfig(readFileSync(join(folder, '.cyberguru.json'), 'utf8'));
    assert.deepEqual(errors, []);
    assert.deepEqual(config.rules ?? {}, {});
  });
});
