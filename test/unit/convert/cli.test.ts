// `cyberguru convert` as an admin runs it (the bundled dist/cli.js) on exports the tests build: each
// becomes a list that `cyberguru lint` passes, with every user and no sensitive column, and the export
// is never touched.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adUtf16, entraBulkCreate, googleWorkspace, hrWorkbook, italianExcel1252, moodleUpload, oktaExport, people, type Person } from './exportBuilders';

const CLI = join(__dirname, '../../../../dist/cli.js');

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** The new list's records (a plain reader is enough: the tests' values hold no quotes or line breaks). */
function records(path: string): string[][] {
  return readFileSync(path, 'utf8').trimEnd().split('\r\n').map((line) => line.split(','));
}

describe('cyberguru convert (CLI) on real-world exports', function () {
  this.timeout(60_000);
  let dir = '';
  const users = people(24);
  const save = (name: string, bytes: Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };

  before(() => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "node esbuild.mjs" first`);
    dir = mkdtempSync(join(tmpdir(), 'cyberguru-convert-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** Converts, then checks what an admin would: exit 0, lint clean, every user, nothing sensitive, the export unchanged. */
  function convertsCleanly(name: string, bytes: Uint8Array, flags: string[], sensitiveValues: string[], expected: (u: Person) => string[]) {
    const input = save(name, bytes);
    const before = sha256(input);
    const output = join(dir, `${name}.list.csv`);
    const result = run('convert', input, '--output', output, ...flags);
    assert.equal(sha256(input), before, 'the export is byte-for-byte unchanged');
    assert.equal(result.code, 0, result.stderr + result.stdout);
    const lint = run('lint', output);
    assert.equal(lint.code, 0, lint.stdout);
    assert.doesNotMatch(lint.stdout, / error /);
    const text = readFileSync(output, 'utf8');
    assert.ok(!text.startsWith('\uFEFF'), 'UTF-8 without BOM');
    for (const value of sensitiveValues) assert.ok(!text.includes(value), `"${value}" is not in the new list`);
    const rows = records(output);
    assert.equal(rows.length, users.length + 1, 'one row per user');
    assert.deepEqual(rows.slice(1).map((r) => r.slice(0, 6)), users.map(expected));
    return { rows, stderr: result.stderr };
  }

  it('an Entra bulk-create file (version line, bracketed headers, BOM, spaces after commas, initial passwords)', () => {
    const { rows, stderr } = convertsCleanly(
      'entra.csv',
      entraBulkCreate(users),
      ['--map', 'username=userPrincipalName', '--map', 'email=userPrincipalName', '--language', 'it', '--keep', 'Department'],
      ['Secret0Pass', 'Secret7Pass'],
      (u) => [u.first, u.last, u.email, 'it', u.email, 'IT'],
    );
    assert.deepEqual(rows[0], ['First Name', 'Last Name', 'Email', 'Language', 'Username', 'Country', 'Department']);
    assert.match(stderr, /1 line above the header skipped/);
    assert.match(stderr, /"Initial password \[passwordProfile\] Required" is not written: it holds a password/);
  });

  it('a Google Workspace download (markers, home and recovery columns, a tab in a quoted address)', () => {
    const { rows } = convertsCleanly(
      'google.csv',
      googleWorkspace(users),
      ['--map', 'username=Employee ID', '--language', 'en', '--country', 'IT', '--keep', 'Department', '--keep', 'Home Address'],
      ['gmail.com', 'Verdi', '+39 06 777', '****'],
      (u) => [u.first, u.last, u.email, 'en', `E${1000 + users.indexOf(u)}`, 'IT'],
    );
    assert.deepEqual(rows[0].slice(6), ['Department']);
  });

  it('a UTF-16 LE Get-ADUser export with ";" and a #TYPE line', () => {
    const { stderr } = convertsCleanly('ad.csv', adUtf16(users), ['--map', 'username=SamAccountName', '--language', 'it'], ['CN='], (u) => [u.first, u.last, u.email, 'it', u.login, 'IT']);
    assert.match(stderr, /read as UTF-16 LE, as PowerShell 5 and Excel's 'Unicode text' save; semicolon-separated; 1 line above the header skipped/);
  });

  it('a Windows-1252 Italian Excel export with HR columns (tax code, date of birth, salary)', () => {
    const { stderr } = convertsCleanly(
      'excel-it.csv',
      italianExcel1252(users),
      ['--keep', 'Reparto', '--keep', 'Codice Fiscale'],
      ['RSSMRA', '01/01/1980', '32.000'],
      (u) => [u.first, u.last, u.email, 'it', u.login, 'IT'],
    );
    assert.match(stderr, /read as Windows-1252/);
    assert.match(stderr, /"Codice Fiscale" was asked for but is not written: it holds a tax code, which the platform must never receive/);
    assert.match(stderr, /"Ruolo" may hold platform roles or a job title: it was left out/);
    assert.match(stderr, /languages to ISO 639-1 codes \(24\)/);
  });

  it('an Okta export (login as username, preferredLanguage then locale, countryCode)', () => {
    convertsCleanly('okta.csv', oktaExport(users), [], [], (u) => [u.first, u.last, u.email, users.indexOf(u) % 3 ? 'it' : 'en', u.email, 'IT']);
  });

  it('a Moodle upload file (its password column is never written)', () => {
    convertsCleanly('moodle.csv', moodleUpload(users), [], ['changeme'], (u) => [u.first, u.last, u.email, 'it', u.login, 'IT']);
  });

  it('an .xlsx workbook from an HR system (numbers as written, date of birth and salary left out)', () => {
    const { rows } = convertsCleanly(
      'hr.xlsx',
      hrWorkbook(users),
      ['--map', 'username=Matricola', '--language', 'it', '--country', 'IT', '--keep', 'Reparto', '--keep', 'Data assunzione'],
      ['1980-', '32000'],
      (u) => [u.first, u.last, u.email, 'it', String(10001 + users.indexOf(u)), 'IT'],
    );
    assert.deepEqual(rows[0].slice(6), ['Reparto', 'Data_assunzione']);
    assert.equal(rows[1][7], '2023-01-01', 'a date cell is written as the date it shows, not its serial number');
  });
});

describe('cyberguru convert: the username is never guessed', function () {
  this.timeout(60_000);
  let dir = '';
  before(() => (dir = mkdtempSync(join(tmpdir(), 'cyberguru-convert-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  const cases: [string, Uint8Array, RegExp[]][] = [
    ['ad.csv', adUtf16(people(3)), [/SamAccountName \(e\.g\. "anna\.rossi0"\)/, /UserPrincipalName \(e\.g\. "anna\.rossi0@contoso\.com"\)/, /ObjectGUID/, /SID/]],
    ['entra.csv', entraBulkCreate(people(3)), [/User name \[userPrincipalName\] Required \(e\.g\. "anna\.rossi0@contoso\.com"\)/]],
    ['google.csv', googleWorkspace(people(3)), [/Email Address \[Required\]/, /Employee ID \(e\.g\. "E1000"\)/]],
    ['hr.xlsx', hrWorkbook(people(3)), [/Matricola \(e\.g\. "10001"\)/, /E-mail/]],
  ];
  for (const [name, bytes, candidates] of cases) {
    it(`${name}: exit 2, no file written, the candidates listed with a sample each`, () => {
      const input = join(dir, name);
      writeFileSync(input, bytes);
      const before = sha256(input);
      const filesBefore = readdirSync(dir).sort();
      const result = run('convert', input, '--output', join(dir, 'list.csv'), '--language', 'it', '--country', 'IT');
      assert.equal(result.code, 2);
      assert.match(result.stderr, /nothing written\. No column is clearly the username/);
      assert.match(result.stderr, /--map username=HEADER/);
      for (const candidate of candidates) assert.match(result.stderr, candidate);
      assert.deepEqual(readdirSync(dir).sort(), filesBefore, 'no file was written');
      assert.equal(sha256(input), before);
    });
  }

  it('two columns that both name the username: exit 2 listing both', () => {
    const input = join(dir, 'two.csv');
    writeFileSync(input, 'username,login,firstname,lastname,email,lang,country\nar1,anna@x.com,Anna,Rossi,anna@x.com,it,IT\n');
    const result = run('convert', input, '--output', join(dir, 'two-list.csv'), '--format', 'json');
    assert.equal(result.code, 2);
    assert.match(result.stderr, /Several columns could be the username/);
    assert.deepEqual(JSON.parse(result.stdout).usernameCandidates, [
      { header: 'username', sample: 'ar1' },
      { header: 'login', sample: 'anna@x.com' },
    ]);
    assert.equal(existsSync(join(dir, 'two-list.csv')), false);
  });

  it('refuses to map the username to a sensitive column, and to write over the export', () => {
    const input = join(dir, 'it.csv');
    writeFileSync(input, italianExcel1252(people(2)));
    const before = sha256(input);
    const sensitive = run('convert', input, '--output', join(dir, 'cf.csv'), '--map', 'username=Codice Fiscale');
    assert.equal(sensitive.code, 2);
    assert.match(sensitive.stderr, /"Codice Fiscale" holds a tax code, which must never reach the platform/);
    const same = run('convert', input, '--output', input);
    assert.equal(same.code, 2);
    assert.match(same.stderr, /is the input file: convert never writes to the export/);
    assert.equal(sha256(input), before);
    assert.equal(existsSync(join(dir, 'cf.csv')), false);
  });
});
