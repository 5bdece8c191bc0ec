// fast-check generators of user lists with the mistakes real exports have, written with every
// delimiter, line ending, BOM and quoting choice, plus a reference reader (csv-parse) to compare with.
import * as fc from 'fast-check';
import { parse } from 'csv-parse/sync';

export type Delimiter = ',' | ';' | '\t';
export type LineEnding = '\n' | '\r\n' | '\r';

export interface UserListFile {
  text: string;
  delimiter: Delimiter;
  lineEnding: LineEnding;
  /** The records as written (header first), before quoting. */
  records: string[][];
}

const headerVariants = {
  firstName: ['First Name', 'Nome', 'FirstName', ' First name'],
  lastName: ['Last Name', 'Cognome'],
  email: ['Email', 'E-mail', 'email '],
  language: ['Language', 'Lingua'],
  username: ['Username', 'username'],
  country: ['Country', 'Paese', 'Nazione'],
  roles: ['roles', 'Role', 'Ruolo', 'Roles'],
  organization: ['Team', 'Age group', 'Sede legale', 'Età', 'Department'],
};

const values = {
  firstName: ['Mario', ' Anna', 'Luca ', 'Zoë', "D'Angelo", 'Rossi, Mario', 'Line\nbreak', '"Nick"', ''],
  lastName: ['Rossi', 'Bianchi ', 'Verdi', 'Müller', ''],
  email: ['mario.rossi@example.com', 'anna@example.it', "o'brien@example.com", 'ANNA@example.it', 'bad email@example.com', 'no-at-sign', ' luca@example.com', ''],
  language: ['it', 'en', 'IT', 'Italiano', 'Italian', 'it-IT', 'ita', 'xx', ' it', ''],
  username: ['mrossi', 'anna.b', 'MRossi', 'ab', 'user name', 'jöe', 'luca@corp', ''],
  country: ['IT', 'GB', 'it', 'Italia', 'Italy', 'ITA', 'UK', 'Narnia', 'IT ', ''],
  roles: ['studente', 'teamleader', 'supervisor', 'Studente', 'student', 'team leader', 'company admin', ''],
  organization: ['Sales', 'Sales EMEA', ' Finance', 'Legal & Compliance', '25-34', ''],
};

type Field = keyof typeof values;
const FIELDS: Field[] = ['firstName', 'lastName', 'email', 'language', 'username', 'country', 'roles', 'organization'];

const rowKind = fc.constantFrom('user', 'user', 'user', 'user', 'blank', 'spaces', 'repeat', 'short', 'long');

/** Quotes a cell when it must be, and sometimes when it need not be. */
function quote(cell: string, delimiter: Delimiter, force: boolean): string {
  const needs = cell.includes(delimiter) || cell.includes('"') || cell.includes('\n') || cell.includes('\r');
  return needs || force ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export const userListFile: fc.Arbitrary<UserListFile> = fc
  .record({
    columns: fc.shuffledSubarray(FIELDS, { minLength: 2 }),
    headerPick: fc.array(fc.nat(10), { minLength: 8, maxLength: 8 }),
    rows: fc.array(fc.record({ kind: rowKind, picks: fc.array(fc.nat(20), { minLength: 8, maxLength: 8 }), repeatOf: fc.nat(50) }), {
      maxLength: 12,
    }),
    delimiter: fc.constantFrom<Delimiter>(',', ';', '\t'),
    lineEnding: fc.constantFrom<LineEnding>('\n', '\r\n', '\r'),
    bom: fc.boolean(),
    finalLineEnding: fc.boolean(),
    quoteAll: fc.boolean(),
  })
  .map(({ columns, headerPick, rows, delimiter, lineEnding, bom, finalLineEnding, quoteAll }) => {
    const header = columns.map((f, i) => headerVariants[f][headerPick[i] % headerVariants[f].length]);
    const records: string[][] = [header];
    for (const row of rows) {
      const users = records.slice(1).filter((r) => r.some((c) => c.trim() !== ''));
      if (row.kind === 'blank') records.push(['']);
      else if (row.kind === 'spaces') records.push(['  ']);
      else if (row.kind === 'repeat' && users.length) records.push([...users[row.repeatOf % users.length]]);
      else {
        const cells = columns.map((f, i) => values[f][row.picks[i] % values[f].length]);
        if (row.kind === 'short') cells.pop();
        if (row.kind === 'long') cells.push('', '');
        records.push(cells);
      }
    }
    const lines = records.map((r) => r.map((c) => quote(c, delimiter, quoteAll)).join(delimiter));
    // A blank last record exists only if a line ending follows it.
    const endsBlank = lines[lines.length - 1] === '';
    const text = (bom ? '\uFEFF' : '') + lines.join(lineEnding) + (finalLineEnding || endsBlank ? lineEnding : '');
    return { text, delimiter, lineEnding, records };
  });

/** An independent reader for the same file: csv-parse, every record kept (blank ones too). */
export function referenceRecords(text: string, delimiter: Delimiter, lineEnding: LineEnding): string[][] {
  return parse(text, {
    delimiter,
    record_delimiter: lineEnding,
    bom: true,
    relax_column_count: true,
    skip_empty_lines: false,
  }) as string[][];
}

/** Text made of the characters that matter to a CSV reader, plus the awkward ones. */
export const csvishText: fc.Arbitrary<string> = fc.string({
  unit: fc.constantFrom('"', ',', ';', '\t', '\r', '\n', ' ', 'a', 'Z', '@', '.', '\0', '\uD800', '\uDC00', '\uFEFF', 'é', '\u{1F600}', 'Email', 'roles', 'Country'),
  maxLength: 300,
});
