// File-level rules (CG001-CG007): what a user sees for encoding, BOM, delimiter, quoting and shape.
import * as assert from 'node:assert/strict';
import { lintBytes, lintText } from '../../../src/lint';
import { applyFix, covered, csv, GOOD_ROW, HEADER, oneProblem, problemsOf, where } from './helpers';

describe('CG001 not-utf8', () => {
  it('fires once for a Latin-1 (Windows-1252) file, naming the encoding, and lints the decoded text', () => {
    const bytes = Buffer.concat([Buffer.from(`${HEADER}\n${GOOD_ROW}\n`), Buffer.from('Nicolò,Bianchi,n@company.com,it,E1002,IT,studente\nZoë,X,z@company.com,it,E1003,IT,studente\n', 'latin1')]);
    const result = lintBytes(bytes);
    const found = result.problems.filter((p) => p.code === 'CG001');
    assert.equal(found.length, 1);
    assert.equal(where(found[0]), '1:1');
    assert.match(found[0].message, /encoded as Windows-1252 \(Latin-1\), as Excel/);
    assert.equal(found[0].severity, 'error');
    assert.ok(result.text.includes('Nicolò,Bianchi'), 'decoded as Windows-1252');
    assert.deepEqual(result.problems.map((p) => p.code), ['CG001']);
  });

  it('fires once, on the line of the first bad byte, for UTF-8 with a damaged byte', () => {
    const bytes = Buffer.concat([Buffer.from(`${HEADER}\nNicolò,Zoë,n@company.com,it,E1001,IT,studente\n`), Buffer.from('Ann', 'latin1'), Buffer.from([0xe8]), Buffer.from(',B,a@company.com,it,E2,IT,studente\n')]);
    const found = lintBytes(bytes).problems.filter((p) => p.code === 'CG001');
    assert.equal(found.length, 1);
    assert.equal(where(found[0]), '3:4');
    assert.match(found[0].message, /line 3/);
  });

  it('does not fire for valid UTF-8, including a BOM and accents', () => {
    const result = lintBytes(Buffer.from(`\uFEFF${HEADER}\nNicolò,Zoë,n@company.com,it,E1001,IT,studente\n`));
    assert.deepEqual(result.problems.filter((p) => p.code === 'CG001'), []);
    assert.equal(result.text.charCodeAt(0), 0xfeff);
  });
});

describe('CG002 utf8-bom', () => {
  const text = `\uFEFF${csv(GOOD_ROW)}`;

  it('fires as info on the BOM, and its fix (offered, not in fix-all) removes only the BOM', () => {
    const problem = oneProblem(text, 'CG002');
    assert.equal(problem.severity, 'info');
    assert.equal(problem.range.start.offset, 0);
    assert.equal(problem.fixes[0].safe, false);
    assert.equal(applyFix(text, problem), csv(GOOD_ROW));
  });

  it('does not fire without a BOM', () => {
    assert.deepEqual(problemsOf(csv(GOOD_ROW), 'CG002'), []);
  });
});

describe('CG003 delimiter', () => {
  const text = 'Nome;Cognome;E-mail;Lingua;Username;Paese;roles\r\nAnna;"Bianchi; De Luca";anna@azienda.it;it;AB1;IT;studente\r\n';

  it('fires as info on a semicolon-separated header', () => {
    const problem = oneProblem(text, 'CG003');
    assert.equal(problem.severity, 'info');
    assert.match(problem.message, /semicolon-separated/);
    assert.equal(where(problem), '1:1');
  });

  it('its fix rewrites with commas, keeping quotes, values and CRLF, and quoting cells that now need it', () => {
    const withComma = 'a;b\r\n"x";y,z\r\n';
    const fixed = applyFix(withComma, oneProblem(withComma, 'CG003'));
    assert.equal(fixed, 'a,b\r\n"x","y,z"\r\n');
    assert.equal(applyFix(text, oneProblem(text, 'CG003')), 'Nome,Cognome,E-mail,Lingua,Username,Paese,roles\r\nAnna,"Bianchi; De Luca",anna@azienda.it,it,AB1,IT,studente\r\n');
    assert.equal(lintText(fixed).delimiter, ',');
  });

  it('fires for tabs and not for commas', () => {
    assert.match(oneProblem('a\tb\n1\t2\n', 'CG003').message, /tab-separated/);
    assert.deepEqual(problemsOf(csv(GOOD_ROW), 'CG003'), []);
  });
});

describe('CG004 malformed-quotes', () => {
  it('an unclosed quote is reported at the quote, and the rows after it are still checked', () => {
    const text = csv('"Anna,Rossi,anna@company.com,it,E1,IT,studente', 'Marco,Verdi,marco@company.com,IT,E2,IT,studente');
    const problem = oneProblem(text, 'CG004');
    assert.equal(where(problem), '2:1');
    assert.match(problem.message, /never closed/);
    assert.equal(where(oneProblem(text, 'CG207')), '3:31');
  });

  it('a stray quote in an unquoted cell names the value and how to escape it', () => {
    const text = csv('Anna,O"Neil,anna@company.com,it,E1,IT,studente');
    const problem = oneProblem(text, 'CG004');
    assert.equal(covered(text, problem), 'O"Neil');
    assert.match(problem.message, /"O""Neil"/);
  });

  it('text after a closing quote is reported on the cell', () => {
    const text = csv('Anna,"Rossi" Jr,anna@company.com,it,E1,IT,studente');
    assert.equal(covered(text, oneProblem(text, 'CG004')), '"Rossi" Jr');
  });

  it('does not fire for correctly quoted cells with "" and line breaks', () => {
    assert.deepEqual(problemsOf(csv('Anna,"O""Neil","anna@company.com",it,E1,IT,"studente"', '"Ma\nrco",Verdi,m@company.com,it,E2,IT,studente'), 'CG004'), []);
  });
});

describe('CG005 field-count', () => {
  it('a short row is reported on the record and padded by its fix', () => {
    const text = csv('Anna,Rossi,anna@company.com,it,E1001');
    const problem = oneProblem(text, 'CG005');
    assert.match(problem.message, /5 fields but the header has 7/);
    assert.equal(covered(text, problem), 'Anna,Rossi,anna@company.com,it,E1001');
    assert.equal(applyFix(text, problem), csv('Anna,Rossi,anna@company.com,it,E1001,,'));
    assert.equal(problem.fixes[0].safe, true);
  });

  it('a long row with empty extra fields loses them with its fix', () => {
    const text = csv(`${GOOD_ROW},,`);
    assert.equal(applyFix(text, oneProblem(text, 'CG005')), csv(GOOD_ROW));
  });

  it('a long row with a value in the extra field has no fix (a value would be lost)', () => {
    const text = csv(`${GOOD_ROW},extra`);
    assert.deepEqual(oneProblem(text, 'CG005').fixes, []);
  });

  it('does not fire when every row has as many fields as the header', () => {
    assert.deepEqual(problemsOf(csv(GOOD_ROW, GOOD_ROW.replace('E1001', 'E1002').replace('anna.', 'a.')), 'CG005'), []);
  });
});

describe('CG006 blank-row', () => {
  it('an empty line and a row of delimiters and spaces are blank; the fix deletes the row with its line end', () => {
    const text = csv(GOOD_ROW, '', ' , ,,,,,', 'Marco,Verdi,marco@company.com,it,E2,IT,studente');
    const found = problemsOf(text, 'CG006');
    assert.deepEqual(found.map(where), ['3:1', '4:1']);
    assert.equal(applyFix(text, found[0]), csv(GOOD_ROW, ' , ,,,,,', 'Marco,Verdi,marco@company.com,it,E2,IT,studente'));
  });

  it('a blank last row without a line end is deleted without touching the row before', () => {
    const text = `${HEADER}\r\n${GOOD_ROW}\r\n,,`;
    assert.equal(applyFix(text, oneProblem(text, 'CG006')), `${HEADER}\r\n${GOOD_ROW}\r\n`);
  });

  it('a file ending with one line end has no blank row', () => {
    assert.deepEqual(problemsOf(csv(GOOD_ROW), 'CG006'), []);
  });
});

describe('CG007 no-users', () => {
  it('fires on a header without users (blank rows are not users)', () => {
    const problem = oneProblem(`${HEADER}\n\n`, 'CG007');
    assert.match(problem.message, /no users/);
    assert.equal(lintText(`${HEADER}\n`).userCount, 0);
  });

  it('fires on an empty file', () => {
    assert.match(oneProblem('', 'CG007').message, /empty/);
  });

  it('does not fire with one user', () => {
    assert.deepEqual(problemsOf(csv(GOOD_ROW), 'CG007'), []);
  });
});

describe('long values in messages', () => {
  it('a huge broken cell is quoted shortened in the message, and the file is still read', () => {
    const text = csv(`Anna,"${'x'.repeat(100_000)}"tail,anna@company.com,IT,E1001,IT,studente`);
    const problem = oneProblem(text, 'CG004');
    assert.ok(problem.message.length < 300, `message of ${problem.message.length} characters`);
    assert.match(problem.message, /x…/);
    assert.equal(oneProblem(text, 'CG207').args.value, 'IT');
  });
});
