// Each realistic export, linted as the CLI lints a file (bytes in): the findings a person would expect,
// and nothing else.
import * as assert from 'node:assert/strict';
import { applyEdits, fixAll, lintBytes, lintText, utf8Conversion, type Problem } from '../../../../src/lint';
import { LintStream } from '../../../../src/lint/engine/lintStream';
import {
  adUserExportText,
  adUserExportUtf16,
  entraBulkCreate,
  googleWorkspaceDownload,
  hrExtract,
  italianExcelText,
  italianExcelWindows1252,
  japaneseHrShiftJis,
  japaneseHrText,
  oktaExport,
} from './exportFiles';

/** "CODE line:column text" of each problem, the way a person reads the list. */
function findings(problems: readonly Problem[], text: string): string[] {
  return problems.map((p) => `${p.code} ${p.range.start.line + 1}:${p.range.start.column + 1} ${text.slice(p.range.start.offset, p.range.end.offset).slice(0, 40)}`);
}

describe('realistic exports, linted', () => {
  it('Entra bulk-create: the version line, the UPN advice, the password column; no fix makes the password an organization column', () => {
    const bytes = Buffer.from(entraBulkCreate(), 'utf8');
    const result = lintBytes(bytes);
    const codes = result.problems.map((p) => p.code);
    // CG212: no roles column, so everyone is imported as studente (information).
    assert.deepEqual([...new Set(codes)].sort(), ['CG002', 'CG101', 'CG103', 'CG106', 'CG107', 'CG204', 'CG208', 'CG212']);
    const preamble = result.problems.find((p) => p.code === 'CG106')!;
    assert.equal(preamble.range.start.line, 0);
    assert.match(preamble.message, /Line 1 \("version:v1.0"\) is above the real header on line 2/);
    const missing = result.problems.filter((p) => p.code === 'CG101');
    assert.deepEqual(missing.map((p) => p.args.column), ['Email', 'Language', 'Username']);
    assert.match(missing[0].message, /"User name \[userPrincipalName\] Required" holds the user principal name \(UPN\)/);
    assert.match(missing[2].message, /username only if your single sign-on maps the UPN as username/);
    assert.ok(missing.every((p) => p.fixes.every((f) => !f.safe)), 'using the UPN is never a safe fix');
    assert.ok(!missing.some((p) => p.message.includes('"First Name" is missing')), 'First name [givenName] is recognised');
    const password = result.problems.find((p) => p.code === 'CG107')!;
    assert.equal(result.text.slice(password.range.start.offset, password.range.end.offset), 'Initial password [passwordProfile] Required');
    // Organization renames: the decorated labels, never the password column or the UPN.
    const renamed = result.problems.filter((p) => p.code === 'CG103').map((p) => p.fixes[0]?.args.to);
    assert.ok(renamed.includes('Job_title') && renamed.includes('Block_sign_in'), renamed.join(' '));
    assert.ok(!renamed.some((name) => /password|userPrincipalName/i.test(String(name))), renamed.join(' '));
    // Country names get their code; the phone numbers (+39 02 ...) are not formulas.
    const countries = result.problems.filter((p) => p.code === 'CG208').map((p) => `${p.args.value}->${p.args.suggestion}`);
    assert.deepEqual(countries, ['Italy->IT', 'United Kingdom->GB']);
    // The spaces the file carries are whitespace findings, except in the password column: no message
    // ever repeats a password.
    assert.deepEqual(findings(result.problems.filter((p) => p.code === 'CG204'), result.text), ['CG204 4:53 Tony ']);
    assert.ok(!result.problems.some((p) => /myPassword1234|Rossi!2026x/.test(p.message)), 'no password in any message');
    // fix-all: the version line goes, the password column and its values stay (deleting is on request).
    const fixed = fixAll(result.text);
    assert.ok(!fixed.text.includes('version:v1.0'));
    assert.ok(fixed.text.includes('Initial password [passwordProfile] Required'));
    assert.ok(!/Initial_password|passwordProfile_/.test(fixed.text));
    assert.equal(lintText(fixed.text).problems.filter((p) => p.code === 'CG107').length, 1);
    // The column's own fix, applied on request, removes it from every row.
    const deleted = applyEdits(result.text, password.fixes[0].edits).text;
    assert.ok(!deleted.includes('myPassword1234') && !deleted.includes('Rossi!2026x') && !deleted.includes('passwordProfile'));
    assert.deepEqual(lintText(deleted).problems.filter((p) => p.code === 'CG005'), [], 'every row keeps as many fields as the header');
  });

  it('Google Workspace download: bracketed headers recognised, passwords and private data flagged, nothing about markers', () => {
    const text = googleWorkspaceDownload();
    const result = lintText(text);
    const missing = result.problems.filter((p) => p.code === 'CG101').map((p) => p.args.column);
    assert.deepEqual(missing, ['Language', 'Username', 'Country']);
    const usernameAdvice = result.problems.find((p) => p.code === 'CG101' && p.args.column === 'Username')!;
    assert.match(usernameAdvice.message, /"Employee ID" holds the employee ID/);
    assert.deepEqual(
      result.problems.filter((p) => p.code === 'CG107').map((p) => p.args.header),
      ['Password [Required]', 'Password Hash Function [UPLOAD ONLY]', 'Home Phone', 'Home Address'],
    );
    const renames = result.problems.filter((p) => p.code === 'CG103').map((p) => p.fixes[0]?.args.to);
    assert.deepEqual(renames, ['Org_Unit_Path', 'Status', 'Last_Sign_In']);
    assert.equal(result.problems.filter((p) => p.code === 'CG105').length, 1, 'the empty last header cell');
    assert.deepEqual(findings(result.problems.filter((p) => p.code === 'CG215'), text), [], 'phone numbers are not formulas');
  });

  it('Get-ADUser in UTF-16 LE with ";": one CG001 naming the encoding and PowerShell, no stray-quote noise', () => {
    const result = lintBytes(adUserExportUtf16());
    const encoding = result.problems.filter((p) => p.code === 'CG001');
    assert.equal(encoding.length, 1);
    assert.match(encoding[0].message, /encoded as UTF-16 LE, as PowerShell 5 and Excel's 'Unicode text' save/);
    assert.equal(result.delimiter, ';');
    assert.deepEqual(result.problems.filter((p) => p.code === 'CG004' || p.code === 'CG005' || p.code === 'CG103' && /\u0000/.test(String(p.args.header))), []);
    assert.deepEqual(
      result.problems.filter((p) => p.code === 'CG101').map((p) => `${p.args.column}:${p.args.header ?? ''}`),
      ['Language:', 'Username:SamAccountName', 'Country:c'],
    );
    // Only these kinds: the encoding, the delimiter, the missing columns, organization renames (none:
    // AD's names are letters only) and the default role.
    assert.deepEqual([...new Set(result.problems.map((p) => p.code))].sort(), ['CG001', 'CG003', 'CG101', 'CG212']);
    assert.ok(result.text.includes('Zoë Müller'));
  });

  it('Italian Excel export in Windows-1252: CG001 names it, the names decode, codes get their exact fix', () => {
    const result = lintBytes(italianExcelWindows1252());
    assert.match(result.problems.find((p) => p.code === 'CG001')!.message, /Windows-1252 \(Latin-1\), as Excel/);
    assert.ok(result.text.includes('Niccolò;Pellè'));
    const codes = result.problems.filter((p) => p.code === 'CG207' || p.code === 'CG208').map((p) => `${p.args.value}->${p.args.suggestion}`);
    assert.deepEqual(codes, ['Italiano->it', 'Italia->IT', 'it-IT->it', 'Italia->IT', 'Français->fr', 'Francia->FR']);
    assert.ok(result.problems.filter((p) => p.code === 'CG207' || p.code === 'CG208').every((p) => p.fixes[0].safe));
    // `Ruolo` is taken as a roles column (CG104, and CG210 on its job titles): the platform's own reading.
    assert.deepEqual([...new Set(result.problems.map((p) => p.code))].sort(), ['CG001', 'CG003', 'CG104', 'CG207', 'CG208', 'CG210']);
  });

  it('Okta export: login as username, countryCode as country; Language missing, with preferredLanguage offered on request', () => {
    const result = lintBytes(Buffer.from(oktaExport(), 'utf8'));
    const missing = result.problems.filter((p) => p.code === 'CG101');
    assert.deepEqual(missing.map((p) => p.args), [{ column: 'Language', header: 'preferredLanguage' }]);
    assert.equal(missing[0].fixes[0].safe, false);
    const renamed = applyEdits(result.text, missing[0].fixes[0].edits).text;
    assert.ok(renamed.includes('countryCode,Language,locale'));
    assert.deepEqual([...new Set(result.problems.map((p) => p.code))].sort(), ['CG002', 'CG101', 'CG212']);
  });

  it('Shift_JIS HR file: CG001 names Shift_JIS and the Japanese system, headers decode (no CG103 on garbled names)', () => {
    const result = lintBytes(japaneseHrShiftJis());
    assert.equal(result.text, japaneseHrText());
    assert.match(result.problems.find((p) => p.code === 'CG001')!.message, /encoded as Shift_JIS, as Excel .* Japanese system/);
    const renames = result.problems.filter((p) => p.code === 'CG103');
    assert.deepEqual(renames.map((p) => p.args.header), ['部署']);
    assert.deepEqual([...new Set(result.problems.map((p) => p.code))].sort(), ['CG001', 'CG103', 'CG212']);
  });

  it('HR extract: every sensitive column is a warning on its header, none becomes an organization column', () => {
    const text = hrExtract();
    const result = lintText(text);
    const sensitive = result.problems.filter((p) => p.code === 'CG107');
    assert.deepEqual(sensitive.map((p) => p.args.header), ['Salary', 'DOB', 'Sex', 'MaritalDesc', 'CitizenDesc', 'RaceDesc', 'Codice Fiscale', 'IBAN']);
    assert.ok(sensitive.every((p) => p.severity === 'warning' && p.fixes.length === 1 && !p.fixes[0].safe));
    assert.deepEqual(result.problems.filter((p) => p.code === 'CG103').map((p) => p.args.header), [], 'no rename of Codice Fiscale');
    const fixed = fixAll(text).text;
    assert.ok(fixed.startsWith('First Name,Last Name,Email,Language,Username,Country,Salary,DOB,Sex,MaritalDesc,CitizenDesc,RaceDesc,Codice Fiscale,IBAN'));
  });

  it('no safe fix writes a formula-like cell: the trim of "  =1+1" is offered only on request', () => {
    const text = 'First Name,Last Name,Email,Language,Username,Country,Department\nAnna,Rossi,anna@example.com,it,E1001,IT,  =1+1\n';
    const result = lintText(text);
    const trim = result.problems.find((p) => p.code === 'CG204')!;
    assert.equal(trim.fixes[0].safe, false);
    assert.equal(result.problems.filter((p) => p.code === 'CG215').length, 1);
    assert.ok(fixAll(text).text.includes('  =1+1'));
    assert.equal(lintText('First Name,Last Name,Email,Language,Username,Country,Department\nAnna,Rossi,anna@example.com,it,E1001,IT, -5\n').problems.find((p) => p.code === 'CG204')!.fixes[0].safe, true);
  });
});

describe('exports through the other paths', () => {
  it('the streamed CLI path reads the UTF-16 LE export as the whole-file path does, whatever the chunks', () => {
    const bytes = adUserExportUtf16();
    const whole = lintBytes(bytes).problems.map((p) => `${p.code} ${p.range.start.line}:${p.range.start.column} ${p.message}`);
    for (const size of [1, 7, 64, 1000]) {
      const stream = new LintStream();
      const streamed: Problem[] = [];
      for (let i = 0; i < bytes.length; i += size) streamed.push(...stream.pushBytes(bytes.subarray(i, i + size)));
      streamed.push(...stream.end().problems);
      assert.deepEqual(streamed.map((p) => `${p.code} ${p.range.start.line}:${p.range.start.column} ${p.message}`).sort(), [...whole].sort(), `chunks of ${size}`);
    }
  });

  it('saves as UTF-8 only what reads back the same: converted, already UTF-8, lossy, unknown', () => {
    const converted = utf8Conversion(adUserExportUtf16());
    assert.equal(converted.kind, 'converted');
    assert.equal(converted.kind === 'converted' && converted.text, adUserExportText());
    const latin = utf8Conversion(italianExcelWindows1252());
    assert.deepEqual(latin.kind === 'converted' && { from: latin.from, same: latin.text === italianExcelText() }, { from: 'Windows-1252 (Latin-1)', same: true });
    assert.deepEqual(utf8Conversion(Buffer.from(oktaExport(), 'utf8')), { kind: 'alreadyUtf8' });
    // Read as Shift_JIS, these Windows-1252 bytes are not the same text encoded back.
    assert.deepEqual(utf8Conversion(italianExcelWindows1252(), 'shift_jis'), { kind: 'lossy', from: 'Shift_JIS' });
    const damaged = Buffer.concat([Buffer.from('Nome,Città\n'.repeat(20), 'utf8'), Buffer.from([0xe8, 0x0a])]);
    assert.deepEqual(utf8Conversion(damaged), { kind: 'unknown' });
  });
});
