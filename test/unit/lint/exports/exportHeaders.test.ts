// Header recognition on export headers (src/lint/columns).
import * as assert from 'node:assert/strict';
import { readCsv, tableRecords } from '../../../../src/lint/reader/readCsv';
import { findHeaderRecord, headerParts, recognizeHeader, userListEvidence } from '../../../../src/lint/columns';
import { entraBulkCreate, googleWorkspaceDownload, hrExtract, italianExcelText, japaneseHrText, oktaExport, reportExport } from './exportFiles';

function records(text: string): string[][] {
  return tableRecords(readCsv(text).table);
}

describe('export headers', () => {
  it('splits label, bracketed attribute and markers', () => {
    assert.deepEqual(headerParts('First name [givenName]'), { label: 'First name', attribute: 'givenName', markers: [] });
    assert.deepEqual(headerParts('Email Address [Required]'), { label: 'Email Address', attribute: undefined, markers: ['Required'] });
    assert.deepEqual(headerParts('Status [READ ONLY]'), { label: 'Status', attribute: undefined, markers: ['READ ONLY'] });
    assert.deepEqual(headerParts('Block sign in (Yes/No) [accountEnabled] Required'), { label: 'Block sign in', attribute: 'accountEnabled', markers: ['Required'] });
  });

  it("finds Entra's header below its version line and maps its columns", () => {
    const all = records(entraBulkCreate());
    assert.equal(findHeaderRecord(all), 1);
    const header = all[1].map(recognizeHeader);
    const fields = header.map((h) => h.field ?? (h.related ? `related:${h.related.kind}` : h.sensitive ? `sensitive:${h.sensitive}` : '-'));
    assert.deepEqual(fields, [
      '-',
      'related:upn',
      'sensitive:password',
      '-',
      'firstName',
      'lastName',
      '-',
      '-',
      'related:countryCode',
      '-',
      '-',
      'country',
      '-',
      '-',
      '-',
      '-',
      '-',
    ]);
  });

  it('never maps a UPN as the username, even when its label says "User name"', () => {
    const upn = recognizeHeader('User name [userPrincipalName] Required');
    assert.equal(upn.field, undefined);
    assert.deepEqual(upn.related, { kind: 'upn', fields: ['username', 'email'] });
    assert.equal(recognizeHeader('SamAccountName').related?.kind, 'accountName');
    assert.equal(recognizeHeader('id').related?.kind, 'objectId');
    assert.equal(recognizeHeader('preferredLanguage').related?.kind, 'languageTag');
    assert.equal(recognizeHeader('c').related?.kind, 'countryCode');
    assert.equal(recognizeHeader('co').related?.kind, 'countryName');
  });

  it('maps the headers of Google Workspace, AD, Okta, Moodle, GoPhish and five languages', () => {
    const cases: [string, string][] = [
      ['First Name [Required]', 'firstName'],
      ['Email Address [Required]', 'email'],
      ['GivenName', 'firstName'],
      ['Surname', 'lastName'],
      ['EmailAddress', 'email'],
      ['login', 'username'],
      ['firstname', 'firstName'],
      ['lang', 'language'],
      ['Position', '-'],
      ['Prénom', 'firstName'],
      ['Nom', 'lastName'],
      ["Nom d'utilisateur", 'username'],
      ['Vorname', 'firstName'],
      ['Nachname', 'lastName'],
      ['Sprache', 'language'],
      ['Nombre', 'firstName'],
      ['Apellidos', 'lastName'],
      ['País', 'country'],
      ['Sobrenome', 'lastName'],
      ['Idioma', 'language'],
      ['Nome', 'firstName'],
      ['Cognome', 'lastName'],
    ];
    for (const [header, field] of cases) assert.equal(recognizeHeader(header).field ?? '-', field, header);
  });

  it('classifies the sensitive columns of an HR extract and of Google Workspace', () => {
    const hr = records(hrExtract())[0].map((h) => recognizeHeader(h).sensitive ?? '-');
    assert.deepEqual(hr, ['-', '-', '-', '-', '-', '-', 'salary', 'dateOfBirth', 'gender', 'maritalStatus', 'citizenship', 'ethnicity', 'taxCode', 'bankAccount', '-']);
    const google = records(googleWorkspaceDownload())[0].map((h) => recognizeHeader(h).sensitive ?? '-');
    assert.deepEqual(google.slice(0, 8), ['-', '-', '-', 'password', 'password', '-', 'privatePhone', 'homeAddress']);
    for (const ordinary of ['Department', 'Job title [jobTitle]', 'Office phone [telephoneNumber]', 'General Manager', 'Workplace', 'Essex office']) {
      assert.equal(recognizeHeader(ordinary).sensitive, undefined, ordinary);
    }
  });

  it('decides on evidence which files are user lists', () => {
    for (const text of [entraBulkCreate(), googleWorkspaceDownload(), oktaExport(), italianExcelText(), japaneseHrText(), hrExtract()]) {
      assert.equal(userListEvidence(text).isUserList, true, text.slice(0, 60));
    }
    const report = userListEvidence(reportExport());
    assert.equal(report.isUserList, false);
    assert.deepEqual(report.fields, ['email']);
    assert.equal(userListEvidence('id,price,email\n1,2,a@b.it\n').isUserList, false);
    assert.equal(userListEvidence('Nome,Cognome,E-mail\n').isUserList, true);
    assert.equal(userListEvidence(entraBulkCreate()).headerRecord, 1);
  });
});
