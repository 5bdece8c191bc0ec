// Value rules (CG201-CG213): each fires, stays quiet on good values, and its fix gives the right text.
import * as assert from 'node:assert/strict';
import { applyFix, covered, csv, GOOD_ROW, HEADER, oneProblem, problemsOf, where } from './helpers';

/** GOOD_ROW with some cells replaced (columns as in HEADER). */
function row(cells: Partial<Record<'first' | 'last' | 'email' | 'language' | 'username' | 'country' | 'role', string>>): string {
  const base = { first: 'Anna', last: 'Rossi', email: 'anna.rossi@company.com', language: 'it', username: 'E1001', country: 'IT', role: 'studente' };
  const all = { ...base, ...cells };
  return [all.first, all.last, all.email, all.language, all.username, all.country, all.role].join(',');
}

describe('CG201 required-value', () => {
  it('fires on each empty or whitespace-only required cell, naming the field', () => {
    const text = csv(row({ last: '', language: '  ' }));
    const found = problemsOf(text, 'CG201');
    assert.deepEqual(found.map((p) => p.message.split(' ')[0] + ' ' + p.message.split(' ')[1]), ['Last Name', 'Language is']);
    assert.deepEqual(found.map(where), ['2:6', '2:30']);
  });

  it('Authmode is required only when the config says so', () => {
    const text = `${HEADER},Authmode\n${GOOD_ROW},\n`;
    assert.deepEqual(problemsOf(text, 'CG201'), []);
    assert.match(oneProblem(text, 'CG201', { requireAuthmode: true }).message, /^Authmode is empty/);
  });

  it('does not fire on a complete row', () => {
    assert.deepEqual(problemsOf(csv(GOOD_ROW), 'CG201'), []);
  });
});

describe('CG202 email-format', () => {
  it('fires on an address without a top-level domain, quoting it', () => {
    const text = csv(row({ email: 'marco.rossi@company' }));
    const problem = oneProblem(text, 'CG202');
    assert.match(problem.message, /"marco\.rossi@company" is not a valid e-mail address/);
    assert.equal(covered(text, problem), 'marco.rossi@company');
  });

  it('fires on other broken addresses', () => {
    for (const email of ['anna', 'anna@', '@company.com', 'anna..rossi@company.com', 'anna@company..com', 'anna@@company.com']) {
      assert.equal(problemsOf(csv(row({ email })), 'CG202').length, 1, email);
    }
  });

  it('accepts an apostrophe, plus tags, subdomains and accents in the local part', () => {
    for (const email of ["john.o'neil@company.com", 'anna+cg@mail.company.co.uk', 'nicolò@azienda.it']) {
      assert.deepEqual(problemsOf(csv(row({ email })), 'CG202'), [], email);
    }
  });

  it('judges an address with spaces without them (the spaces are CG203/CG204)', () => {
    assert.deepEqual(problemsOf(csv(row({ email: ' anna.rossi @company.com' })), 'CG202'), []);
  });

  it('fires once on an address that is invalid with and without its spaces, quoting it without them', () => {
    const problems = problemsOf(csv(row({ email: 'anna rossi@company' })), 'CG202');
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /"annarossi@company" is not a valid e-mail address/);
  });

  it('accepts a quoted local part with a space (valid as it is)', () => {
    // The cell, CSV-quoted, holds "anna rossi"@company.com.
    const text = csv(row({ email: '"""anna rossi""@company.com"' }));
    assert.deepEqual(problemsOf(text, 'CG004'), []);
    assert.deepEqual(problemsOf(text, 'CG202'), []);
  });
});

describe('CG203 no-spaces', () => {
  it('fires on whitespace inside an e-mail; the safe fix removes it', () => {
    const text = csv(row({ email: 'anna.rossi @company.com' }));
    const problem = oneProblem(text, 'CG203');
    assert.equal(problem.fixes[0].safe, true);
    assert.equal(applyFix(text, problem), csv(row({ email: 'anna.rossi@company.com' })));
  });

  it('fires on whitespace inside a username, but the fix is never safe (usernames cannot change after import)', () => {
    const text = csv(row({ username: 'E 1001' }));
    const problem = oneProblem(text, 'CG203');
    assert.equal(problem.fixes[0].safe, false);
    assert.equal(applyFix(text, problem), csv(row({ username: 'E1001' })));
  });

  it('does not fire on other columns or on values without inner whitespace', () => {
    assert.deepEqual(problemsOf(csv(row({ first: 'Anna Maria' })), 'CG203'), []);
  });
});

describe('CG204 surrounding-whitespace', () => {
  it('fires on leading or trailing whitespace in any cell, and the fix trims, keeping quotes', () => {
    const text = csv(row({ first: ' Anna', last: '"Rossi "' }));
    const found = problemsOf(text, 'CG204');
    assert.deepEqual(found.map((p) => covered(text, p)), [' Anna', '"Rossi "']);
    assert.equal(applyFix(text, found[1]), csv(row({ first: ' Anna', last: '"Rossi"' })));
    assert.equal(found[0].severity, 'warning');
  });

  it('fires on a header cell', () => {
    const text = `First Name, Last Name,Email,Language,Username,Country\n`;
    assert.equal(applyFix(text, oneProblem(text, 'CG204')), text.replace(' Last', 'Last'));
  });

  it("a username's trim is offered but not safe", () => {
    assert.equal(oneProblem(csv(row({ username: 'E1001 ' })), 'CG204').fixes[0].safe, false);
  });

  it('does not fire on inner spaces', () => {
    assert.deepEqual(problemsOf(csv(row({ first: 'Anna Maria' })), 'CG204'), []);
  });
});

describe('CG205 username-length', () => {
  it('fires below 3 and above 255 characters', () => {
    assert.match(oneProblem(csv(row({ username: 'E1' })), 'CG205').message, /"E1" has 2 characters: it must have at least 3/);
    assert.match(oneProblem(csv(row({ username: 'x'.repeat(256) })), 'CG205').message, /256 characters: it must have at most 255/);
  });

  it('does not fire at 3 and at 255', () => {
    assert.deepEqual(problemsOf(csv(row({ username: 'E10' }), row({ username: 'y'.repeat(255), email: 'b@company.com' })), 'CG205'), []);
  });
});

describe('CG206 username-characters', () => {
  it("an apostrophe is an error naming the character; the offered fix is never safe", () => {
    const text = csv(row({ username: "o'neil" }));
    const problem = oneProblem(text, 'CG206');
    assert.equal(problem.severity, 'error');
    assert.match(problem.message, /contains "'"/);
    assert.equal(problem.fixes[0].safe, false);
    assert.equal(applyFix(text, problem), csv(row({ username: 'oneil' })));
  });

  it('non-ASCII letters are a warning, with an accent-free suggestion', () => {
    const text = csv(row({ username: 'josé.garcía' }));
    const problem = oneProblem(text, 'CG206');
    assert.equal(problem.severity, 'warning');
    assert.equal(applyFix(text, problem), csv(row({ username: 'jose.garcia' })));
  });

  it('allows letters, digits, _ - . @', () => {
    assert.deepEqual(problemsOf(csv(row({ username: 'a.rossi_1-x@corp' })), 'CG206'), []);
  });
});

describe('CG207 language-code', () => {
  const cases: [string, string][] = [
    ['IT', 'it'],
    ['Italiano', 'it'],
    ['Italian', 'it'],
    ['inglese', 'en'],
    ['it-IT', 'it'],
    ['en_GB', 'en'],
    ['ita', 'it'],
    ['fre', 'fr'],
  ];
  for (const [bad, good] of cases) {
    it(`"${bad}" fires, and the safe fix writes "${good}"`, () => {
      const text = csv(row({ language: bad }));
      const problem = oneProblem(text, 'CG207');
      assert.match(problem.message, new RegExp(`Language "${bad}" is not an ISO 639-1 code: use the two-letter lowercase code "${good}"`));
      assert.equal(problem.fixes[0].safe, true);
      assert.equal(applyFix(text, problem), csv(row({ language: good })));
    });
  }

  it('an unknown value fires without a fix', () => {
    const problem = oneProblem(csv(row({ language: 'xx' })), 'CG207');
    assert.deepEqual(problem.fixes, []);
    assert.match(problem.message, /such as "it" or "en"/);
  });

  it('does not fire on ISO 639-1 codes', () => {
    for (const language of ['it', 'en', 'fr', 'de', 'es', 'zh']) assert.deepEqual(problemsOf(csv(row({ language })), 'CG207'), [], language);
  });
});

describe('CG208 country-code', () => {
  const cases: [string, string][] = [
    ['it', 'IT'],
    ['Italia', 'IT'],
    ['Italy', 'IT'],
    ['ITA', 'IT'],
    ['UK', 'GB'],
    ['Germania', 'DE'],
    ['FRA', 'FR'],
  ];
  for (const [bad, good] of cases) {
    it(`"${bad}" fires, and the safe fix writes "${good}"`, () => {
      const text = csv(row({ country: bad }));
      const problem = oneProblem(text, 'CG208');
      assert.match(problem.message, new RegExp(`use the two-letter uppercase code "${good}"`));
      assert.equal(applyFix(text, problem), csv(row({ country: good })));
    });
  }

  it('an unknown value fires without a fix', () => {
    assert.deepEqual(oneProblem(csv(row({ country: 'Atlantis' })), 'CG208').fixes, []);
  });

  it('does not fire on alpha-2 codes', () => {
    for (const country of ['IT', 'GB', 'US', 'CH']) assert.deepEqual(problemsOf(csv(row({ country })), 'CG208'), [], country);
  });
});

describe('CG209 authmode-value', () => {
  const text = (value: string) => `${HEADER},Authmode\n${GOOD_ROW},${value}\n`;

  it('fires on anything but 0 and 1', () => {
    for (const value of ['2', 'SSO', 'true']) assert.match(oneProblem(text(value), 'CG209').message, new RegExp(`Authmode "${value}" is not valid`));
  });

  it('does not fire on 0 or 1', () => {
    assert.deepEqual([...problemsOf(text('0'), 'CG209'), ...problemsOf(text('1'), 'CG209')], []);
  });
});

describe('CG210 role-value', () => {
  const cases: [string, string][] = [
    ['Studente', 'studente'],
    ['student', 'studente'],
    ['team leader', 'teamleader'],
    ['Team-Leader', 'teamleader'],
    ['Supervisore', 'supervisor'],
  ];
  for (const [bad, good] of cases) {
    it(`"${bad}" fires, and the safe fix writes "${good}"`, () => {
      const text = csv(row({ role: bad }));
      const problem = oneProblem(text, 'CG210');
      assert.equal(problem.fixes[0].safe, true);
      assert.equal(applyFix(text, problem), csv(row({ role: good })));
    });
  }

  it('an unknown role fires without a fix', () => {
    assert.deepEqual(oneProblem(csv(row({ role: 'manager' })), 'CG210').fixes, []);
  });

  it('does not fire on the three importable roles or on an empty cell', () => {
    for (const role of ['studente', 'teamleader', 'supervisor', '']) assert.deepEqual(problemsOf(csv(row({ role })), 'CG210'), [], role);
  });
});

describe('CG211 role-not-importable', () => {
  it('fires on company admin; the offered fix clears the cell but is not part of fix-all', () => {
    const text = csv(row({ role: 'company admin' }));
    const problem = oneProblem(text, 'CG211');
    assert.equal(problem.fixes[0].safe, false);
    assert.equal(applyFix(text, problem), csv(row({ role: '' })));
    assert.deepEqual(problemsOf(text, 'CG210'), []);
  });

  it('does not fire on importable roles', () => {
    assert.deepEqual(problemsOf(csv(row({ role: 'supervisor' })), 'CG211'), []);
  });
});

describe('CG212 role-default', () => {
  it('tells (as info) that a user without a role becomes studente', () => {
    const problem = oneProblem(csv(row({ role: '' })), 'CG212');
    assert.equal(problem.severity, 'info');
    assert.match(problem.message, /imported as studente/);
  });

  it('says it once, on the header, when there is no roles column', () => {
    const problem = oneProblem(`First Name,Last Name,Email,Language,Username,Country\nA,B,a@b.it,it,AB1,IT\nC,D,c@b.it,it,CD1,IT\n`, 'CG212');
    assert.match(problem.message, /no "roles" column/);
    assert.equal(where(problem), '1:1');
  });

  it('does not fire when one of several roles columns has a role', () => {
    assert.deepEqual(problemsOf(`${HEADER},roles\n${row({ role: '' })},supervisor\n`, 'CG212'), []);
  });
});

describe('CG213 duplicate-role', () => {
  it('fires on the second copy of a role; the safe fix clears it', () => {
    const text = `${HEADER},roles\n${GOOD_ROW},studente\n`;
    const problem = oneProblem(text, 'CG213');
    assert.equal(where(problem), '2:56');
    assert.equal(applyFix(text, problem), `${HEADER},roles\n${GOOD_ROW},\n`);
  });

  it('does not fire on two different roles', () => {
    assert.deepEqual(problemsOf(`${HEADER},roles\n${GOOD_ROW},teamleader\n`, 'CG213'), []);
  });
});

describe('CG203 with Unicode spaces in the domain (validator accepts them as valid)', () => {
  it('still reports the space', () => {
    const text = `First Name,Last Name,Email,Language,Username,Country,roles\nAnna,Rossi,anna@com\u2003pany.com,it,E1001,IT,studente\n`;
    assert.equal(problemsOf(text, 'CG203').length, 1);
  });
});
