// Exports are safe to open in a spreadsheet: whatever locale splits the file (`,` in English, `;` in
// Italian, tab when pasted), no cell starts a formula, and a hostile team name or e-mail stays one
// cell of inert text.
import * as assert from 'node:assert/strict';
import { aggregate, usersToCsv, type UserProgress, type UsersReport } from '../../../src/report';
import { userRecord } from '../../../src/emulator/dataset';
import { csvCell } from '../../../src/report/exportFormats';
import { exportContent } from '../../../src/sidebar/model/exportContent';

/** Splits CSV text as a spreadsheet does with `delimiter`: quoted sections keep delimiters and line breaks. */
function cellsAsSpreadsheet(csv: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i]!;
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && csv[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** True when a spreadsheet would read `cell` as a formula: = + - @ after whitespace or controls, unless a plain number. */
function startsFormula(cell: string): boolean {
  const visible = cell.replace(/^[\s\u0000-\u001f\u007f]*/, '');
  return /^[=+\-@]/.test(visible) && !/^-?\d+(\.\d+)?$/.test(cell);
}

const HOSTILE_TEAMS = ['T;=2+2', '\t=cmd|\' /C calc\'!A0', ' +SUM(1)', '\r\n-2+3', 'Sales\tEMEA', '=HYPERLINK("x")', 'R&D'];
const HOSTILE_EMAILS = ['@SUM(1)', 'a\tb@x.com', '-1+1@x.com', '\u0001=1@x.com'];

function hostileRows(): { user: UserProgress; team?: string }[] {
  return HOSTILE_TEAMS.flatMap((team, i) =>
    HOSTILE_EMAILS.map((email, j) => ({ user: userRecord(`${email}${i}${j}`, [4, 2], [2, 1]), team })),
  );
}

describe('CSV export: safe to open in a spreadsheet', () => {
  for (const [name, delimiter] of [['comma (English)', ','], ['semicolon (Italian)', ';'], ['tab (pasted)', '\t']] as const) {
    it(`split on ${name}: no cell starts a formula`, () => {
      const cells = cellsAsSpreadsheet(usersToCsv(hostileRows()), delimiter).flat();
      const live = cells.filter(startsFormula);
      assert.deepEqual(live, []);
    });
  }

  it('split on commas, each row has its 11 cells and the hostile texts come back as inert text', () => {
    const rows = cellsAsSpreadsheet(usersToCsv(hostileRows()), ',');
    assert.ok(rows.every((r) => r.length === 11), 'one cell per column');
    const first = rows.slice(1).map((r) => r[0]);
    assert.ok(first.includes('T;=2+2'), 'T;=2+2 is one cell that starts with T');
    assert.ok(first.includes("' +SUM(1)"));
    assert.ok(first.includes("'\t=cmd|' /C calc'!A0"));
    assert.ok(first.includes('Sales\tEMEA'));
    const emails = rows.slice(1).map((r) => r[1]);
    assert.ok(emails.includes("'@SUM(1)00"));
    assert.ok(emails.includes('a\tb@x.com01'));
  });

  it('quotes a cell with ; or a tab, and leaves a plain negative number alone', () => {
    assert.equal(csvCell('T;=2+2'), '"T;=2+2"');
    assert.equal(csvCell('a\tb'), '"a\tb"');
    assert.equal(csvCell('@SUM(1)'), "'@SUM(1)");
    assert.equal(csvCell('-12'), '-12');
    assert.equal(csvCell('-3.5'), '-3.5');
    assert.equal(csvCell('-3+5'), "'-3+5");
    assert.equal(csvCell('\u200b=1'), "'\u200b=1");
    assert.equal(csvCell(-4), '-4');
  });

  it("the sidebar's Export writes the injected team name and e-mail as inert text", () => {
    const users = [userRecord('@SUM(1)', [4, 2], [2, 1]), userRecord('ok@x.com', [4, 4], [0, 0])];
    const report: UsersReport = { team: 'T;=2+2', generated_at: 't', users, total_users: 2, pages: 1, duplicates: 0, consistent: true, warnings: [] };
    const csv = exportContent(
      { generatedAt: 't', companyUsers: users, teams: [{ name: 'T;=2+2', report, summary: aggregate(users, 80) }], failedTeams: [] },
      'csv',
    );
    const lines = csv.split('\r\n');
    assert.ok(lines[1]!.startsWith(`"T;=2+2",'@SUM(1),`), lines[1]);
    for (const delimiter of [',', ';', '\t']) assert.deepEqual(cellsAsSpreadsheet(csv, delimiter).flat().filter(startsFormula), []);
  });
});
