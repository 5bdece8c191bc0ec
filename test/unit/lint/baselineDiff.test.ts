// The import preview: what importing a list changes against the users the platform already has.
import * as assert from 'node:assert/strict';
import { diffImport, formatDiffJson, readBaselineBytes, readBaselineText, readUserList } from '../../../src/lint/baseline';
import { csv, HEADER } from './helpers';

function diff(baselineText: string, listText: string) {
  return diffImport(readBaselineText(baselineText, 'base.csv'), readUserList(listText));
}

const ANNA = 'Anna,Rossi,anna.rossi@company.com,it,E1001,IT,studente';
const LUCA = 'Luca,Bianchi,luca.bianchi@company.com,it,E1002,IT,studente';
const MARA = 'Mara,Neri,mara.neri@company.com,en,E1003,GB,studente';

describe('import diff against a baseline', () => {
  it('an identical list changes nothing', () => {
    const d = diff(csv(ANNA, LUCA), csv(ANNA, LUCA));
    assert.deepEqual({ ...d, unchanged: d.unchanged }, { added: [], removed: [], usernameChanged: [], emailChanged: [], changed: [], unchanged: 2 });
  });

  it('a user only in the list is added, with its list line', () => {
    const d = diff(csv(ANNA), csv(ANNA, LUCA));
    assert.deepEqual(d.added, [{ email: 'luca.bianchi@company.com', username: 'E1002', line: 3 }]);
    assert.equal(d.unchanged, 1);
  });

  it('a user only in the baseline is removed', () => {
    const d = diff(csv(ANNA, LUCA), csv(ANNA));
    assert.deepEqual(d.removed, [{ email: 'luca.bianchi@company.com', username: 'E1002' }]);
  });

  it('the same e-mail with another username is a username change, from the baseline value to the list value', () => {
    const d = diff(csv(ANNA, LUCA), csv(ANNA.replace('E1001', 'AR01'), LUCA));
    assert.deepEqual(d.usernameChanged, [{ email: 'anna.rossi@company.com', from: 'E1001', to: 'AR01', line: 2 }]);
    assert.deepEqual(d.removed, [], 'the old account is matched, not removed');
    assert.deepEqual(d.added, []);
  });

  it('the same username with another e-mail is an e-mail change', () => {
    const d = diff(csv(ANNA), csv(ANNA.replace('anna.rossi@company.com', 'a.rossi@company.com')));
    assert.deepEqual(d.emailChanged, [{ username: 'E1001', from: 'anna.rossi@company.com', to: 'a.rossi@company.com', line: 2 }]);
    assert.deepEqual(d.removed, []);
  });

  it('other fields that change are named: names, language, country, roles and organisation columns', () => {
    const base = [`${HEADER},Department`, `${ANNA},Sales`, `${LUCA},Sales`, `${MARA},IT`].join('\n');
    const list = [
      `${HEADER},Department`,
      `Anna,Rossi,anna.rossi@company.com,en,E1001,FR,studente,Sales`,
      `Luca,Bianco,luca.bianchi@company.com,it,E1002,IT,referente,Marketing`,
      `${MARA},IT`,
    ].join('\n');
    const d = diff(base, list);
    assert.deepEqual(d.changed, [
      { email: 'anna.rossi@company.com', line: 2, fields: ['language', 'country'] },
      { email: 'luca.bianchi@company.com', line: 3, fields: ['lastName', 'roles', 'Department'] },
    ]);
    assert.equal(d.unchanged, 1);
  });

  it('case and surrounding spaces in e-mails, and case of codes, are not changes', () => {
    const list = csv(' Anna,Rossi , ANNA.Rossi@Company.com ,IT,E1001,it,studente', '"Luca",Bianchi,"Luca.Bianchi@company.com",it,E1002,IT,Studente');
    const d = diff(csv(ANNA, LUCA), list);
    assert.deepEqual(d, { added: [], removed: [], usernameChanged: [], emailChanged: [], changed: [], unchanged: 2 });
  });

  it('columns only one file has are not compared (an export without language says nothing about it)', () => {
    const exportText = 'Email,Username,First Name\nanna.rossi@company.com,E1001,Anna\n';
    const d = diff(exportText, csv(ANNA));
    assert.equal(d.unchanged, 1);
    assert.deepEqual(d.changed, []);
  });

  it('reads a semicolon-separated Windows-1252 baseline and a UTF-16 one with a BOM', () => {
    const row = 'Nicolò;Bianchi;nicolo@company.com;it;E2001;IT;studente';
    const semicolons = `${HEADER.replaceAll(',', ';')}\r\n${row}\r\n`;
    const cp1252 = Buffer.from(semicolons, 'latin1');
    const list = csv('Nicolò,Bianchi,nicolo@company.com,it,E2001,IT,studente');
    const fromCp1252 = diffImport(readBaselineBytes(cp1252, 'b.csv'), readUserList(list));
    assert.equal(readBaselineBytes(cp1252, 'b.csv').encoding, 'windows-1252');
    assert.equal(fromCp1252.unchanged, 1, 'the accented first name decodes to the same value');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(semicolons.replaceAll(';', '\t'), 'utf16le')]);
    const fromUtf16 = readBaselineBytes(utf16, 'b.csv');
    assert.equal(fromUtf16.encoding, 'utf-16le');
    assert.equal(diffImport(fromUtf16, readUserList(list)).unchanged, 1);
    const withBom = readBaselineBytes(Buffer.from(`\uFEFF${csv(ANNA)}`, 'utf8'), 'b.csv');
    assert.equal(withBom.encoding, 'utf-8-bom');
    assert.equal(diffImport(withBom, readUserList(csv(ANNA))).unchanged, 1, 'the BOM does not hide the first header');
  });

  it('maps the euro sign and other Windows-1252 letters that Latin-1 does not have', () => {
    const bytes = Buffer.from('Email,Username,Department\nanna.rossi@company.com,E1001,Costi \x80\n', 'latin1');
    const baseline = readBaselineBytes(bytes, 'b.csv');
    const d = diffImport(baseline, readUserList('Email,Username,Department\nanna.rossi@company.com,E1001,Costi €\n'));
    assert.equal(d.unchanged, 1);
  });

  it('repeated e-mails and usernames in the baseline are reported with their lines, and the first is compared', () => {
    const baseline = readBaselineText(csv(ANNA, ANNA.replace('E1001', 'E1009'), LUCA, LUCA.replace('luca.bianchi', 'l.bianchi')), 'b.csv');
    assert.deepEqual(baseline.duplicates, [
      { kind: 'email', value: 'anna.rossi@company.com', lines: [2, 3] },
      { kind: 'username', value: 'e1002', lines: [4, 5] },
    ]);
    const d = diffImport(baseline, readUserList(csv(ANNA, LUCA)));
    assert.equal(d.unchanged, 2);
    assert.deepEqual(d.removed, [{ email: 'l.bianchi@company.com', username: 'E1002' }], 'a repeated e-mail is not a missing user; a second e-mail is');
  });

  it('a repeated e-mail in the list is counted once', () => {
    const d = diff(csv(ANNA), csv(ANNA, ANNA));
    assert.equal(d.unchanged, 1);
    assert.deepEqual(d.added, []);
  });

  it('prints the documented JSON for a known pair', () => {
    const base = csv(ANNA, LUCA, MARA, 'Old,User,old.user@company.com,it,E1004,IT,studente');
    const list = csv(
      ANNA.replace('E1001', 'AR01'),
      LUCA.replace('luca.bianchi@', 'l.bianchi@'),
      MARA.replace(',en,', ',it,'),
      'New,User,new.user@company.com,it,E1005,IT,studente',
    );
    assert.equal(
      formatDiffJson(diff(base, list)),
      '{"added":[{"email":"new.user@company.com","username":"E1005","line":5}],' +
        '"removed":[{"email":"old.user@company.com","username":"E1004"}],' +
        '"usernameChanged":[{"email":"anna.rossi@company.com","from":"E1001","to":"AR01","line":2}],' +
        '"emailChanged":[{"username":"E1002","from":"luca.bianchi@company.com","to":"l.bianchi@company.com","line":3}],' +
        '"changed":[{"email":"mara.neri@company.com","line":4,"fields":["language"]}],' +
        '"unchanged":0}\n',
    );
  });
});
