// The converter's pieces as an admin meets them: what an .xlsx cell shows, a damaged or protected
// workbook, CSV quoting that survives the linter, choices saved and reused, and the exit codes.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintText } from '../../../src/lint';
import { convertExport, ConvertError } from '../../../src/convert';
import { csvRecord } from '../../../src/convert/csvText';
import { readXlsx } from '../../../src/convert/xlsx/readXlsx';
import { hrWorkbook, oktaExport, people, xlsxWorkbook } from './exportBuilders';

const CLI = join(__dirname, '../../../../dist/cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

describe('convert: reading .xlsx workbooks', () => {
  it('shows text as text, numbers with the digits written, dates as ISO dates, and reads a named sheet', () => {
    const bytes = xlsxWorkbook([
      { name: 'Users', rows: [['Code', 'Amount', 'Hired', 'Note'], ['00123', 1.1, { date: 45292 }, 'a & b <c>'], [12345678901, 1e21, { date: 45292.5 }, '']] },
      { name: 'Other sheet', rows: [['x'], ['y']] },
    ]);
    const sheet = readXlsx(bytes);
    assert.deepEqual(sheet.sheetNames, ['Users', 'Other sheet']);
    assert.deepEqual(sheet.rows, [
      ['Code', 'Amount', 'Hired', 'Note'],
      ['00123', '1.1', '2024-01-01', 'a & b <c>'],
      ['12345678901', '1e+21', '2024-01-01 12:00'],
    ]);
    assert.deepEqual(readXlsx(bytes, 'Other sheet').rows, [['x'], ['y']]);
    assert.throws(() => readXlsx(bytes, 'Missing'), /no sheet named "Missing" \(its sheets: "Users", "Other sheet"\)/);
  });

  it('a password-protected workbook, a damaged one and a renamed text file are clear errors', () => {
    const protectedBytes = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
    assert.throws(() => readXlsx(protectedBytes), (err: Error) => err instanceof ConvertError && /password-protected/.test(err.message));
    const damaged = hrWorkbook(people(3)).slice(0, 300);
    assert.throws(() => readXlsx(damaged), (err: Error) => err instanceof ConvertError && /not a readable \.xlsx workbook/.test(err.message));
    assert.throws(() => readXlsx(Buffer.from('First Name,Last Name\n')), /not an \.xlsx workbook/);
  });
});

describe('convert: the new list', () => {
  it('quotes values with commas, quotes and line breaks so the linter reads the same values', () => {
    assert.equal(csvRecord(['Rossi, Jr', 'say "hi"', 'two\nlines', 'plain']), '"Rossi, Jr","say ""hi""","two\nlines",plain\r\n');
    const input = Buffer.from('username,firstname,lastname,email,lang,country,Team\nar1,Anna,"Rossi, Jr",anna@x.com,it_IT,Italia,"Sales ""EU"""\n');
    const converted = convertExport(input, 'in.csv', { keep: ['Team'] }, {});
    assert.ok('text' in converted);
    assert.equal(converted.text, 'First Name,Last Name,Email,Language,Username,Country,Team\r\nAnna,"Rossi, Jr",anna@x.com,it,ar1,IT,"Sales ""EU"""\r\n');
    const lint = lintText(converted.text);
    assert.deepEqual(lint.problems.filter((p) => p.severity === 'error'), []);
    assert.equal(lint.cellAt(converted.text.indexOf('"Rossi'))?.value, 'Rossi, Jr');
  });

  it('fills defaults only where the value is empty, and a kept column is renamed to a valid organisation name', () => {
    const input = Buffer.from('username,firstname,lastname,email,lang,Job title [jobTitle]\nar1,Anna,Rossi,anna@x.com,,Analyst\nmb2,Marco,Bianchi,marco@x.com,en-GB,Boss\n');
    const converted = convertExport(input, 'in.csv', { defaults: { language: 'it', country: 'IT' }, keep: ['jobTitle'] }, {});
    assert.ok('text' in converted);
    assert.deepEqual(converted.text.split('\r\n'), ['First Name,Last Name,Email,Language,Username,Country,Job_title', 'Anna,Rossi,anna@x.com,it,ar1,IT,Analyst', 'Marco,Bianchi,marco@x.com,en,mb2,IT,Boss', '']);
    assert.deepEqual(converted.stats.defaultsFilled, { language: 1, country: 2, authmode: 0 });
  });
});

describe('convert: Authmode and roles', () => {
  it('writes Authmode when the company requires it, filling it from --authmode, and spells roles as the platform wants them', () => {
    const input = Buffer.from('username,firstname,lastname,email,lang,country,roles,roles\nar1,Anna,Rossi,anna@x.com,it,IT,Studente,team leader\nmb2,Marco,Bianchi,marco@x.com,it,IT,supervisor,\n');
    const converted = convertExport(input, 'in.csv', { defaults: { authmode: '1' } }, { requireAuthmode: true });
    assert.ok('text' in converted);
    assert.deepEqual(converted.text.split('\r\n'), [
      'First Name,Last Name,Email,Language,Username,Country,Authmode,roles,roles',
      'Anna,Rossi,anna@x.com,it,ar1,IT,1,studente,teamleader',
      'Marco,Bianchi,marco@x.com,it,mb2,IT,1,supervisor,',
      '',
    ]);
    assert.equal(converted.stats.converted['role-value'], 2);
    assert.deepEqual(lintText(converted.text, { config: { requireAuthmode: true } }).problems.filter((p) => p.severity === 'error'), []);
  });

  it('a role-like column that may be a job title (Ruolo) is not taken for roles without being asked', () => {
    const input = Buffer.from('Nome;Cognome;Username;Email;Lingua;Paese;Ruolo\nAnna;Rossi;ar1;anna@x.com;it;IT;Impiegata\n');
    const converted = convertExport(input, 'in.csv', {}, {});
    assert.ok('text' in converted);
    assert.equal(converted.text.split('\r\n')[0], 'First Name,Last Name,Email,Language,Username,Country');
    assert.match(converted.plan.notes.join('\n'), /"Ruolo" may hold platform roles or a job title/);
    const asked = convertExport(input, 'in.csv', { map: { roles: ['Ruolo'] } }, {});
    assert.ok('text' in asked);
    assert.equal(asked.text.split('\r\n')[1], 'Anna,Rossi,anna@x.com,it,ar1,IT,Impiegata');
  });
});

describe('cyberguru convert: choices saved to .cyberguru.json, exit codes and JSON', function () {
  this.timeout(60_000);
  let dir = '';
  before(() => (dir = mkdtempSync(join(tmpdir(), 'cyberguru-convert-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('--save-config keeps the choices, and next month\'s export converts with no flags', () => {
    writeFileSync(join(dir, '.cyberguru.json'), JSON.stringify({ teamColumn: 'Reparto' }));
    const january = join(dir, 'january.xlsx');
    writeFileSync(january, hrWorkbook(people(5)));
    const first = run('convert', january, '--output', join(dir, 'jan.csv'), '--map', 'username=Matricola', '--language', 'it', '--country', 'IT', '--save-config');
    assert.equal(first.status, 0, first.stderr);
    const config = JSON.parse(readFileSync(join(dir, '.cyberguru.json'), 'utf8'));
    assert.deepEqual(config, { teamColumn: 'Reparto', convert: { map: { username: 'Matricola' }, defaults: { language: 'it', country: 'IT' } } });
    const february = join(dir, 'february.xlsx');
    writeFileSync(february, hrWorkbook(people(7)));
    const second = run('convert', february, '--output', join(dir, 'feb.csv'));
    assert.equal(second.status, 0, second.stderr);
    const lines = readFileSync(join(dir, 'feb.csv'), 'utf8').trimEnd().split('\r\n');
    assert.equal(lines.length, 8);
    assert.equal(lines[0], 'First Name,Last Name,Email,Language,Username,Country,Reparto');
  });

  it('exit 1 when the list is written but errors remain, listed as lint lists them; --format json has the summary', () => {
    const sub = join(dir, 'okta');
    mkdirSync(sub);
    writeFileSync(join(sub, '.cyberguru.json'), '{}');
    const input = join(sub, 'okta.csv');
    writeFileSync(input, Buffer.concat([oktaExport(people(2)), Buffer.from('bad login,not-an-email,X,Y,ACTIVE,,xx_YY,ZZ,IT,\n')]));
    const text = run('convert', input, '--output', join(sub, 'okta-list.csv'));
    assert.equal(text.status, 1);
    assert.match(text.stdout, /okta-list\.csv:4:\d+ +error +CG202 email-format/);
    const json = run('convert', input, '--output', join(sub, 'okta-list.csv'), '--format', 'json');
    assert.equal(json.status, 1);
    const summary = JSON.parse(json.stdout);
    assert.deepEqual(summary.mapping.username, ['login']);
    assert.deepEqual(summary.mapping.language, ['preferredLanguage', 'locale']);
    assert.equal(summary.rowsIn, 3);
    assert.equal(summary.rowsOut, 3);
    assert.ok(summary.errors > 0);
    assert.ok(summary.problems.some((p: { code: string; line: number }) => p.code === 'CG202' && p.line === 4));
  });
});
