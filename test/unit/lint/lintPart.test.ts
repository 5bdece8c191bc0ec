// One lint split in two parts (the CLI's two threads) gives exactly lintText's result, wherever the
// split falls: on a record start (the part is adopted), inside a quoted cell or a broken quote (the
// first run reads on by itself). The part crosses a structured clone, as it does between threads.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { lintText, type LintOptions, type LintResult } from '../../../src/lint';
import { lintPart, lintTextWithPart, partStart } from '../../../src/lint/engine/lintPart';
import { partBuffers } from '../../../src/lint/engine/partData';
import { readBaselineText } from '../../../src/lint/baseline';

/** lintTextWithPart with the part linted here and cloned as postMessage would; says whether it was adopted. */
async function splitLint(text: string, from: number, options: LintOptions = {}): Promise<{ result: LintResult; taken: boolean; cancelled: boolean }> {
  let taken = false;
  let cancelled = false;
  const result = await lintTextWithPart(
    text,
    from,
    {
      take: async () => {
        taken = true;
        const part = lintPart(text, from, options);
        return structuredClone(part, { transfer: partBuffers(part) });
      },
      cancel: () => {
        cancelled = true;
      },
    },
    options,
  );
  return { result, taken, cancelled };
}

/** Everything a lint result says (its cellAt function aside). */
function shown(result: LintResult) {
  const { problems, truncated, delimiter, lineEnding, hasBom, columns, userCount } = result;
  return { problems, truncated, delimiter, lineEnding, hasBom, columns, userCount };
}

/** Offsets where a line starts (after CRLF, LF or a lone CR). */
function lineStarts(text: string): number[] {
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) starts.push(i + 1);
  }
  return starts.filter((s) => s < text.length);
}

const HEADER = 'First Name,Last Name,Email,Language,Username,Country,roles,Team';
const ROWS = [
  'Anna,Rossi,anna.rossi@company.com,it,E1001,IT,studente,Sales',
  'Marco,Bianchi,marco.bianchi@company.com,IT,E1002,Italia,Studente,Sales',
  'Anna,Rossi,anna.rossi@company.com,it,E1001,IT,studente,Sales',
  'Luca, Verdi ,ANNA.ROSSI@company.com,en,e1001,GB,,"Sales, EMEA"',
  ',,,,,,,',
  '"Giulia ""G""",Neri,giulia @company.com,it-IT,E 1003,UK,company admin,',
  '"Paolo\nsecond line",Russo,paolo.russo@company.com,ita,E1004,ITA,team leader,Ops',
  'Sara,"Conti" x,sara.conti@company,fr,é5,FR,supervisor,Ops',
  'Too,Few',
  'Too,Many,a@b.co,it,E1006,IT,studente,Ops,extra',
];

describe('lint split in two parts (two threads)', () => {
  it('gives lintText\'s result for every possible split of a list with every kind of problem', async () => {
    const text = [HEADER, ...ROWS, ...ROWS.slice(0, 4)].join('\r\n') + '\r\n';
    const whole = shown(lintText(text));
    assert.ok(whole.problems.length > 20, 'the list has problems of many kinds');
    let adopted = 0;
    for (const from of lineStarts(text)) {
      const { result, taken, cancelled } = await splitLint(text, from);
      assert.deepEqual(shown(result), whole, `split at ${from}`);
      assert.notEqual(taken, cancelled, 'the part is either taken or cancelled');
      if (taken) adopted++;
    }
    // Every line start but the one inside the quoted cell (and the header's end) is a record start.
    assert.equal(adopted, lineStarts(text).length - 1);
  });

  it('reads on by itself when the split falls inside a quoted cell or after an unclosed quote', async () => {
    const inQuotes = `${HEADER}\nAnna,"Rossi\nRossi",anna@company.com,it,E1001,IT,studente,Sales\nMarco,Bianchi,marco@company.com,it,E1002,IT,,Ops\n`;
    const from = inQuotes.indexOf('Rossi",') ;
    const split = await splitLint(inQuotes, from);
    assert.equal(split.taken, false);
    assert.deepEqual(shown(split.result), shown(lintText(inQuotes)));

    const unclosed = `${HEADER}\nAnna,"Rossi,anna@company.com,it,E1001,IT,studente,Sales\nMarco,Bianchi,marco@company.com,it,E1002,IT,,Ops\n`;
    const afterQuote = unclosed.indexOf('Marco');
    const recovered = await splitLint(unclosed, afterQuote);
    assert.deepEqual(shown(recovered.result), shown(lintText(unclosed)));
    assert.ok(recovered.result.problems.some((p) => p.code === 'CG004'));
  });

  it('finds duplicates across the two parts, with related locations in the first', async () => {
    const text = `${HEADER}\n${ROWS[0]}\n${ROWS[1]}\n${ROWS[3]}\n${ROWS[0]}\n`;
    const from = partStart(text, 0.7);
    const { result, taken } = await splitLint(text, from);
    assert.ok(taken);
    assert.deepEqual(
      result.problems.filter((p) => p.code.startsWith('CG30')).map((p) => `${p.code} ${p.range.start.line + 1} -> ${p.related[0]?.range.start.line + 1}`),
      ['CG301 4 -> 2', 'CG302 4 -> 2', 'CG303 5 -> 2'],
    );
  });

  it('with a baseline is not split: the users not in the list are counted over the whole file', async () => {
    // The baseline has users 1 and 2 and one who left; the list's second part changes user 2's username.
    const baseline = readBaselineText(`${HEADER}\n${ROWS[0]}\n${ROWS[1]}\nGone,User,gone@company.com,it,E1009,IT,studente,Ops\n`, 'platform-export.csv');
    const text = `${HEADER}\n${ROWS[0]}\n${ROWS[1].replace('E1002', 'MBianchi')}\n`;
    const from = partStart(text, 0.5);
    assert.ok(from > 0);
    const { result, taken, cancelled } = await splitLint(text, from, { baseline });
    assert.ok(!taken && cancelled);
    assert.deepEqual(shown(result), shown(lintText(text, { baseline })));
    assert.deepEqual(
      result.problems.filter((p) => p.code.startsWith('CG50')).map((p) => `${p.code} ${p.range.start.line + 1} ${p.message.split(':')[0]}`),
      ['CG503 1 Users of platform-export.csv not in this list', 'CG501 3 Username "MBianchi" differs from "E1002", the username of marco.bianchi@company.com in platform-export.csv'],
    );
  });

  it('property: any split of a generated list (delimiters, line ends, BOM, quotes, config) equals lintText', async () => {
    const cell = fc.constantFrom('Anna', ' Anna', 'anna@company.com', 'ANNA@company.com', 'anna @x.com', 'it', 'IT', 'Italia', 'E1', 'E1001', 'studente', 'Studente', '', 'a "b"', 'x\ny', 'x,y', 'x;y', '"');
    const list = fc.record({
      rows: fc.array(fc.array(cell, { minLength: 0, maxLength: 9 }), { minLength: 1, maxLength: 12 }),
      delimiter: fc.constantFrom(',', ';'),
      eol: fc.constantFrom('\n', '\r\n', '\r'),
      bom: fc.boolean(),
      quote: fc.boolean(),
      fraction: fc.double({ min: 0, max: 1, noNaN: true }),
      teamColumn: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(list, async ({ rows, delimiter, eol, bom, quote, fraction, teamColumn }) => {
        const encode = (v: string) => (quote && /[",;\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
        const text = (bom ? '\uFEFF' : '') + [HEADER.split(',').join(delimiter), ...rows.map((r) => r.map(encode).join(delimiter))].join(eol) + eol;
        const options = teamColumn ? { config: { teamColumn: 'Team' } } : {};
        const from = partStart(text, fraction);
        if (from < 0) return;
        const { result } = await splitLint(text, from, options);
        assert.deepEqual(shown(result), shown(lintText(text, options)));
      }),
      { numRuns: 200 },
    );
  });
});
