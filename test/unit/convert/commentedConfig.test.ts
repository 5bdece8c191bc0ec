// A `.cyberguru.json` with comments (as `cyberguru init` writes it): convert reads it, and
// `--save-config` sets `convert` in it keeping every comment and the rest of the file as written.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'jsonc-parser';
import { ConvertError } from '../../../src/convert/errors';
import { withConvertChoices } from '../../../src/util/saveConvertChoices';
import { hrWorkbook, people } from './exportBuilders';

const CLI = join(__dirname, '../../../../dist/cli.js');
const COMMENTED = `{
  // Which column holds each user's team (read by the team rules).
  "teamColumn": "Reparto",
  /* Severity overrides agreed with the security team. */
  "rules": {
    "CG201": "warning" // a nickname is fine here
  }
}
`;

describe('convert: a config file with comments', function () {
  this.timeout(60_000);
  let dir = '';
  before(() => (dir = mkdtempSync(join(tmpdir(), 'cyberguru-jsonc-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('--save-config writes the convert section into a commented config, its comments intact, and next month converts with no flags', () => {
    const config = join(dir, '.cyberguru.json');
    writeFileSync(config, COMMENTED);
    const january = join(dir, 'january.xlsx');
    writeFileSync(january, hrWorkbook(people(4)));
    const args = ['--map', 'username=Matricola', '--language', 'it', '--country', 'IT', '--save-config'];
    const first = spawnSync(process.execPath, [CLI, 'convert', january, '--output', join(dir, 'jan.csv'), ...args], { encoding: 'utf8' });
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stderr, /choices saved to .*\.cyberguru\.json/);
    const saved = readFileSync(config, 'utf8');
    for (const comment of ["// Which column holds each user's team (read by the team rules).", '/* Severity overrides agreed with the security team. */', '"CG201": "warning" // a nickname is fine here']) {
      assert.ok(saved.includes(comment), `kept: ${comment}\n${saved}`);
    }
    assert.ok(saved.startsWith(COMMENTED.slice(0, COMMENTED.indexOf('"rules"'))), saved);
    assert.deepEqual(parse(saved), {
      teamColumn: 'Reparto',
      rules: { CG201: 'warning' },
      convert: { map: { username: 'Matricola' }, defaults: { language: 'it', country: 'IT' } },
    });
    const february = join(dir, 'february.xlsx');
    writeFileSync(february, hrWorkbook(people(6)));
    const second = spawnSync(process.execPath, [CLI, 'convert', february, '--output', join(dir, 'feb.csv')], { encoding: 'utf8' });
    assert.equal(second.status, 0, second.stderr);
    assert.equal(readFileSync(join(dir, 'feb.csv'), 'utf8').trimEnd().split('\r\n').length, 7);
  });

  it('a config that is not JSON even with comments is a clear refusal, and nothing is saved', () => {
    assert.throws(
      () => withConvertChoices('.cyberguru.json', '{ "teamColumn": "Reparto" // no closing brace', { defaults: { language: 'it' } }),
      (err: unknown) => err instanceof ConvertError && /\.cyberguru\.json is not valid JSON \(CloseBraceExpected at character \d+\): the choices were not saved/.test((err as Error).message),
    );
  });
});
