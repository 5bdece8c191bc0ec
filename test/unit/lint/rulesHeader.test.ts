// Header rules (CG101-CG105) and column mapping.
import * as assert from 'node:assert/strict';
import { lintText } from '../../../src/lint';
import { applyFix, covered, GOOD_ROW, oneProblem, problemsOf } from './helpers';

describe('column mapping', () => {
  it('maps English and Italian header variants, `roles` columns and organization columns', () => {
    const result = lintText('Nome,Cognome,E-mail,Lingua,Nome utente,Nazione,roles,roles,Reparto\nA,B,a@b.it,it,AB1,IT,studente,supervisor,X\n');
    assert.deepEqual(
      result.columns.map((c) => c.field),
      ['firstName', 'lastName', 'email', 'language', 'username', 'country', 'roles', 'roles', 'organization'],
    );
    assert.deepEqual(problemsOf('FirstName,Last name,EMAIL,Language,Username,Paese\nA,B,a@b.it,it,AB1,IT\n', 'CG101'), []);
  });

  it('the config maps a header the variants do not know, and can require Authmode', () => {
    const text = 'First Name,Last Name,Email,Language,Matricola,Country,Accesso\nA,B,a@b.it,it,AB1,IT,1\n';
    assert.equal(problemsOf(text, 'CG101').length, 1);
    const config = { columns: { matricola: 'username' as const, Accesso: 'authmode' as const }, requireAuthmode: true };
    assert.deepEqual(problemsOf(text, 'CG101', config), []);
    assert.equal(problemsOf(text, 'CG101', { requireAuthmode: true }).length, 2);
  });
});

describe('CG101 missing-column', () => {
  it('names each missing required column', () => {
    const found = problemsOf('First Name,Last Name,Email,Username\nA,B,a@b.it,AB1\n', 'CG101');
    assert.deepEqual(found.map((p) => p.args.column), ['Language', 'Country']);
    assert.match(found[0].message, /Required column "Language" is missing/);
  });

  it('does not fire when every required column is there', () => {
    assert.deepEqual(problemsOf(`First Name,Last Name,Email,Language,Username,Country\n${GOOD_ROW}\n`, 'CG101'), []);
  });
});

describe('CG102 duplicate-column', () => {
  it('fires on a repeated header, pointing at the first one', () => {
    const text = 'First Name,Last Name,Email,Language,Username,Country,Team,team\nA,B,a@b.it,it,AB1,IT,x,y\n';
    const problem = oneProblem(text, 'CG102');
    assert.equal(covered(text, problem), 'team');
    assert.equal(covered(text, { ...problem, range: problem.related[0].range }), 'Team');
  });

  it('fires when two spellings map to the same field', () => {
    assert.match(oneProblem('First Name,Last Name,Email,E-mail,Language,Username,Country\n', 'CG102').message, /"Email" and "E-mail" both map to Email/);
  });

  it('does not fire for several `roles` columns', () => {
    assert.deepEqual(problemsOf('First Name,Last Name,Email,Language,Username,Country,roles,roles\n', 'CG102'), []);
  });
});

describe('CG103 organization-column-name', () => {
  const text = 'First Name,Last Name,Email,Language,Username,Country,Età media,"Area, geo"\nA,B,a@b.it,it,AB1,IT,x,y\n';

  it('fires on headers with spaces, accents or punctuation, suggesting a valid name', () => {
    const found = problemsOf(text, 'CG103');
    assert.deepEqual(found.map((p) => p.args.suggestion), ['Eta_media', 'Area_geo']);
  });

  it('its fix renames the header, keeping the quotes of a quoted header', () => {
    const found = problemsOf(text, 'CG103');
    assert.equal(applyFix(text, found[0]), text.replace('Età media', 'Eta_media'));
    assert.equal(applyFix(text, found[1]), text.replace('"Area, geo"', '"Area_geo"'));
  });

  it('does not fire for letters, digits and _ only', () => {
    assert.deepEqual(problemsOf('First Name,Last Name,Email,Language,Username,Country,Age_group2\n', 'CG103'), []);
  });
});

describe('CG104 roles-column-label', () => {
  it('fires on Role, Ruolo and Roles, and its fix renames to roles', () => {
    for (const label of ['Role', 'Ruolo', 'Roles', 'ROLES']) {
      const text = `First Name,Last Name,Email,Language,Username,Country,${label}\nA,B,a@b.it,it,AB1,IT,studente\n`;
      const problem = oneProblem(text, 'CG104');
      assert.equal(applyFix(text, problem), text.replace(`,${label}\n`, ',roles\n'));
      assert.equal(problem.fixes[0].safe, true);
    }
  });

  it('does not fire on `roles` or on an organization column such as Company role', () => {
    assert.deepEqual(problemsOf('First Name,Last Name,Email,Language,Username,Country,roles,Company_role\n', 'CG104'), []);
  });
});

describe('CG105 blank-column-name', () => {
  it('fires on an empty header cell, naming its position', () => {
    const problem = oneProblem('First Name,Last Name,Email,Language,Username,Country,,Team\n', 'CG105');
    assert.match(problem.message, /Column 7 has no header/);
  });

  it('does not fire when every header has a name', () => {
    assert.deepEqual(problemsOf('First Name,Last Name,Email,Language,Username,Country\n', 'CG105'), []);
  });
});
