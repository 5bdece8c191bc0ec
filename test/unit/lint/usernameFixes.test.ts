// A username can never change after import: every fix that would change one says so
// (Fix.changesUsername), so the editor asks before applying it and fix-all never does.
import * as assert from 'node:assert/strict';
import { lintText } from '../../../src/lint';

describe('fixes that change a username', () => {
  it('are marked, never safe; fixes of other cells and of the header are not marked', () => {
    const text = [
      'First Name,Last Name,Email,Language,Username , Country,roles',
      ' Anna,Rossi,anna rossi@company.com,Italiano,E 1001,IT,Studente',
      'Marco,Bianchi,marco@company.com,it, E1002 ,IT,studente',
      'Nicolò,Verdi,nicolo@company.com,it,nicolò.v,IT,studente',
    ].join('\n');
    const fixes = lintText(text).problems.flatMap((p) => p.fixes.map((fix) => ({ code: p.code, line: p.range.start.line, column: p.range.start.column, fix })));
    const marked = fixes.filter((f) => f.fix.changesUsername);
    assert.deepEqual(
      marked.map((f) => `${f.code}@${f.line}`),
      ['CG203@1', 'CG204@2', 'CG206@3'],
    );
    for (const f of marked) assert.equal(f.fix.safe, false, `${f.code} on line ${f.line} is not safe`);
    // The header's "Username " is trimmed by a safe fix that is not a username change.
    assert.ok(fixes.some((f) => f.code === 'CG204' && f.line === 0 && f.fix.safe && !f.fix.changesUsername));
    assert.ok(fixes.some((f) => !f.fix.changesUsername && f.code === 'CG203' && f.fix.safe), 'the e-mail fix is not marked');
  });
});
