// Realistic exports, built the way each tool writes them (see docs/convert.md for the sources of the
// formats): the header line, separator, quoting, encoding and typical extra columns.
import { strToU8, zipSync } from 'fflate';

export interface Person {
  first: string;
  last: string;
  email: string;
  login: string;
  department: string;
}

const FIRST = ['Anna', 'Marco', 'Niccolò', 'Giulia', 'Luca', 'Chiara', 'Pietro', 'Elena', 'Andrea', 'Sofia', 'José', 'Zoë'];
const LAST = ['Rossi', 'Bianchi', 'Forlì', 'Esposito', 'Romano', 'Colombo', "D'Angelo", 'Ricci', 'Marino', 'Greco', 'Núñez', 'Brontë'];
const DEPARTMENTS = ['Sales', 'IT', 'Finance', 'HR'];

/** `count` distinct people with accented names and ASCII e-mail addresses and logins. */
export function people(count: number): Person[] {
  return Array.from({ length: count }, (_, i) => {
    const first = FIRST[i % FIRST.length];
    const last = LAST[(i * 7) % LAST.length];
    const ascii = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[^A-Za-z]/g, '').toLowerCase();
    const login = `${ascii(first)}.${ascii(last)}${i}`;
    return { first, last, email: `${login}@contoso.com`, login, department: DEPARTMENTS[i % DEPARTMENTS.length] };
  });
}

const quote = (v: string) => `"${v.replaceAll('"', '""')}"`;

/** Microsoft Entra "Bulk create users": `version:v1.0` line, bracketed headers, UTF-8 BOM, spaces after commas. */
export function entraBulkCreate(users: Person[]): Buffer {
  const header =
    'Name [displayName] Required,User name [userPrincipalName] Required,Initial password [passwordProfile] Required,Block sign in (Yes/No) [accountEnabled] Required,First name [givenName],Last name [surname],Job title [jobTitle],Department [department],Usage location [usageLocation],Street address [streetAddress],State or province [state],Country or region [country],Office [physicalDeliveryOfficeName],City [city],ZIP or postal code [postalCode],Office phone [telephoneNumber],Mobile phone [mobile]';
  const rows = users.map((u, i) =>
    [`${u.first} ${u.last}`, u.email, ` Secret${i}Pass!`, 'No', `${u.first} `, u.last, 'Analyst', u.department, i % 2 ? 'IT' : '', 'Via Roma 1', 'RM', i % 2 ? 'Italy' : 'Italia', 'Roma HQ', 'Roma', '00100', '+39 06 1234', '+39 333 1234'].join(','),
  );
  return Buffer.from('\uFEFF' + ['version:v1.0,,,,,,,,,,,,,,,,', header, ...rows].join('\r\n') + '\r\n', 'utf8');
}

/** Google Workspace users download: `[Required]`/`[READ ONLY]` markers, a password and home columns, an empty header cell. */
export function googleWorkspace(users: Person[]): Buffer {
  const header =
    'First Name [Required],Last Name [Required],Email Address [Required],Password [Required],Password Hash Function [UPLOAD ONLY],Org Unit Path [Required],Recovery Email,Home Secondary Email,Recovery Phone [MUST BE IN THE E.164 FORMAT],Work Phone,Home Phone,Home Address,Employee ID,Employee Type,Employee Title,Department ,Cost Center,Status [READ ONLY],Last Sign In [READ ONLY],';
  const rows = users.map((u, i) =>
    [u.first, u.last, u.email, '****', '', '/Staff', `${u.login}@gmail.com`, '', '+393331234567', '+39 06 555', '+39 06 777', quote('Via\tVerdi 3, Milano'), `E${1000 + i}`, 'Employee', 'Analyst', u.department, 'CC1', 'Active', 'never', ''].join(','),
  );
  return Buffer.from([header, ...rows].join('\n') + '\n', 'utf8');
}

/** Windows PowerShell 5.1 `Get-ADUser -Properties EmailAddress,c,Description | Export-Csv -Encoding Unicode -Delimiter ';'`. */
export function adUtf16(users: Person[]): Buffer {
  const header = ['DistinguishedName', 'Enabled', 'GivenName', 'Name', 'ObjectClass', 'ObjectGUID', 'SamAccountName', 'SID', 'Surname', 'UserPrincipalName', 'EmailAddress', 'c', 'Description'];
  const rows = users.map((u, i) =>
    [`CN=${u.first} ${u.last},OU=Staff,DC=contoso,DC=local`, 'True', u.first, `${u.first} ${u.last}`, 'user', `6f1c${String(i).padStart(4, '0')}-1111-2222-3333-444455556666`, u.login, `S-1-5-21-1004-${1100 + i}`, u.last, u.email, u.email, 'IT', ''],
  );
  const text = '#TYPE Microsoft.ActiveDirectory.Management.ADUser\r\n' + [header, ...rows].map((r) => r.map(quote).join(';')).join('\r\n') + '\r\n';
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

/** Excel "CSV (delimitato da separatore)" on an Italian system: `;`, Windows-1252, CRLF, HR columns beside the user's. */
export function italianExcel1252(users: Person[]): Buffer {
  const header = 'Nome;Cognome;Username;Email;Reparto;Ruolo;OU;Lingua;Paese;Codice Fiscale;Data di nascita;Stipendio';
  const rows = users.map((u, i) => [u.first, u.last, u.login, u.email, u.department, 'Impiegato', 'Staff', i % 2 ? 'Italiano' : 'it-IT', i % 2 ? 'Italia' : 'IT', `RSSMRA80A01H501${i % 10}`, '01/01/1980', '32.000'].join(';'));
  const text = [header, ...rows].join('\r\n') + '\r\n';
  const bytes = Buffer.alloc(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // The characters used here are all in Latin-1, which Windows-1252 shares for these letters.
    if (code > 0xff) throw new Error(`not in Windows-1252: ${text[i]}`);
    bytes[i] = code;
  }
  return bytes;
}

/** Okta user export: UTF-8 BOM, `login` first, locale `it_IT`, `preferredLanguage`, `countryCode`. */
export function oktaExport(users: Person[]): Buffer {
  const header = 'login,email,firstName,lastName,status,preferredLanguage,locale,countryCode,department,mobilePhone';
  const rows = users.map((u, i) => [u.email, u.email, u.first, u.last, 'ACTIVE', i % 3 ? '' : 'en', 'it_IT', 'IT', u.department, '+393331234567'].join(','));
  return Buffer.from('\uFEFF' + [header, ...rows].join('\n') + '\n', 'utf8');
}

/** Moodle "Upload users" file: `username,password,firstname,lastname,email,lang,country,...`. */
export function moodleUpload(users: Person[]): Buffer {
  const header = 'username,password,firstname,lastname,email,lang,country,institution,department,city';
  const rows = users.map((u) => [u.login, 'changeme', u.first, u.last, u.email, 'it', 'IT', 'Contoso', u.department, 'Roma'].join(','));
  return Buffer.from([header, ...rows].join('\n') + '\n', 'utf8');
}

function cellXml(reference: string, value: string | number | { date: number }, sharedIndex: (s: string) => number): string {
  if (typeof value === 'number') return `<c r="${reference}"><v>${value}</v></c>`;
  if (typeof value === 'object') return `<c r="${reference}" s="1"><v>${value.date}</v></c>`;
  return `<c r="${reference}" t="s"><v>${sharedIndex(value)}</v></c>`;
}

const escapeXml = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** A minimal .xlsx package as Excel writes it: shared strings, a date style, numbers, a second sheet. */
export function xlsxWorkbook(sheets: { name: string; rows: (string | number | { date: number })[][] }[]): Uint8Array {
  const strings: string[] = [];
  const sharedIndex = (s: string) => {
    let i = strings.indexOf(s);
    if (i < 0) i = strings.push(s) - 1;
    return i;
  };
  const column = (i: number) => String.fromCharCode(65 + i);
  const files: Record<string, Uint8Array> = {};
  sheets.forEach((sheet, n) => {
    const rows = sheet.rows.map((row, r) => `<row r="${r + 1}">${row.map((v, c) => (v === '' ? '' : cellXml(`${column(c)}${r + 1}`, v, sharedIndex))).join('')}</row>`);
    files[`xl/worksheets/sheet${n + 1}.xml`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`,
    );
  });
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  files['xl/workbook.xml'] = strToU8(`<?xml version="1.0"?><workbook ${ns}><sheets>${sheets.map((s, n) => `<sheet name="${escapeXml(s.name)}" sheetId="${n + 1}" r:id="rId${n + 1}"/>`).join('')}</sheets></workbook>`);
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, n) => `<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${n + 1}.xml"/>`).join('')}</Relationships>`,
  );
  files['xl/styles.xml'] = strToU8(
    `<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>`,
  );
  files['xl/sharedStrings.xml'] = strToU8(
    `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`).join('')}</sst>`,
  );
  files['[Content_Types].xml'] = strToU8(
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
  );
  return zipSync(files);
}

/** An HR system's workbook: employee number as a number, a hire date, a date of birth, a salary. */
export function hrWorkbook(users: Person[]): Uint8Array {
  const header = ['Matricola', 'Nome', 'Cognome', 'E-mail', 'Reparto', 'Data assunzione', 'Data di nascita', 'Salary'];
  const rows = users.map((u, i) => [10001 + i, u.first, u.last, u.email, u.department, { date: 44927 + i }, { date: 29221 }, 32000 + i]);
  return xlsxWorkbook([
    { name: 'Dipendenti', rows: [header, ...rows] },
    { name: 'Note', rows: [['Exported by HR']] },
  ]);
}
