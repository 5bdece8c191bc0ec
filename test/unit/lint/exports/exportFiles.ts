// Realistic exports, built by the tests from the vendors' documented layouts (docs: shared notes on
// export formats): header lines, separators, quoting, encodings and the odd spaces real files carry.
import * as iconv from 'iconv-lite';
import { usersToCsv, type UserProgress } from '../../../../src/report';

/** Microsoft Entra "Bulk create users" template, filled in: preamble line, 17 headers, UTF-8 with BOM. */
export function entraBulkCreate(): string {
  const header =
    'Name [displayName] Required,User name [userPrincipalName] Required,Initial password [passwordProfile] Required,Block sign in (Yes/No) [accountEnabled] Required,First name [givenName],Last name [surname],Job title [jobTitle],Department [department],Usage location [usageLocation],Street address [streetAddress],State or province [state],Country or region [country],Office [physicalDeliveryOfficeName],City [city],ZIP or postal code [postalCode],Office phone [telephoneNumber],Mobile phone [mobile]';
  const rows = [
    'Anna Rossi,anna.rossi@contoso.it,Rossi!2026x,No,Anna,Rossi,Analyst,Finance,IT,Via Roma 1,MI,Italy,Milano HQ,Milano,20121,+39 02 1234567,+39 333 1234567',
    'Tony Stark,tony.stark@contoso.it, myPassword1234,No,Tony ,Stark,Engineer,R&D,GB,1 Main St,London,United Kingdom,London,London,EC1A 1BB,+44 20 1234 5678,',
  ];
  return '\uFEFF' + ['version:v1.0' + ','.repeat(16), header, ...rows].join('\r\n') + '\r\n';
}

/** Google Workspace Admin console "Download users": bracketed markers, read-only columns, an empty header. */
export function googleWorkspaceDownload(): string {
  const header =
    'First Name [Required],Last Name [Required],Email Address [Required],Password [Required],Password Hash Function [UPLOAD ONLY],Org Unit Path [Required],Home Phone,Home Address,Employee ID,Department,Status [READ ONLY],Last Sign In [READ ONLY],';
  const rows = [
    'Giulia,Bianchi,giulia.bianchi@example.it,,,/Milano,+39 02 7654321,"Via Verdi 3, Milano",E1001,Sales,Active,2026/11/30 09:12:00,',
    'Marco,Neri,marco.neri@example.it,,,/Roma,,,E1002,IT,Active,Never logged in,',
  ];
  return [header, ...rows].join('\n') + '\n';
}

/** `Get-ADUser -Properties mail,c | Export-Csv -Delimiter ';' -Encoding Unicode` (Windows PowerShell 5.1). */
export function adUserExportUtf16(): Uint8Array {
  const quote = (cells: string[]) => cells.map((c) => `"${c}"`).join(';');
  const header = ['DistinguishedName', 'Enabled', 'GivenName', 'Name', 'ObjectClass', 'ObjectGUID', 'SamAccountName', 'SID', 'Surname', 'UserPrincipalName', 'mail', 'c', 'Description'];
  const rows = [
    ['CN=Niccolò Fabbri,OU=Utenti,DC=contoso,DC=local', 'True', 'Niccolò', 'Niccolò Fabbri', 'user', '5b6f1d0e-3c4a-4f7e-9a1b-2c3d4e5f6a7b', 'nfabbri', 'S-1-5-21-1004336348-1177238915-682003330-1105', 'Fabbri', 'nfabbri@contoso.local', 'niccolo.fabbri@contoso.it', 'IT', 'Ufficio acquisti'],
    ['CN=Zoë Müller,OU=Utenti,DC=contoso,DC=local', 'True', 'Zoë', 'Zoë Müller', 'user', '7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f', 'zmuller', 'S-1-5-21-1004336348-1177238915-682003330-1106', 'Müller', 'zmuller@contoso.local', 'zoe.muller@contoso.it', 'DE', 'Vendite'],
  ];
  const text = [quote(header), ...rows.map(quote)].join('\r\n') + '\r\n';
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

/** The text of adUserExportUtf16, for comparisons. */
export function adUserExportText(): string {
  return new TextDecoder('utf-16le').decode(adUserExportUtf16());
}

/** A hand-made AD import sheet saved by Excel on an Italian Windows: `;`, Windows-1252, CRLF. */
export function italianExcelText(): string {
  const rows = [
    'Nome;Cognome;Username;Email;Lingua;Paese;Reparto;Ruolo',
    'Niccolò;Pellè;npelle;niccolo.pelle@azienda.it;Italiano;Italia;Qualità;Responsabile',
    'José;Perù;jperu;jose.peru@azienda.it;it-IT;Italia;Produzione;Operaio',
    'Françoise;Lefèvre;flefevre;francoise.lefevre@azienda.it;Français;Francia;Acquisti;Impiegata',
  ];
  return rows.join('\r\n') + '\r\n';
}

export function italianExcelWindows1252(): Uint8Array {
  return iconv.encode(italianExcelText(), 'windows-1252');
}

/** Okta "Export users" report (UTF-8 with BOM): login, names, countryCode, preferredLanguage, locale. */
export function oktaExport(): string {
  const rows = [
    'login,email,firstName,lastName,countryCode,preferredLanguage,locale,status,department',
    'luca.verdi@example.com,luca.verdi@example.com,Luca,Verdi,IT,it,it_IT,ACTIVE,Legal',
    'emma.schmidt@example.com,emma.schmidt@example.com,Emma,Schmidt,DE,de,de_DE,ACTIVE,Sales',
  ];
  return '\uFEFF' + rows.join('\n') + '\n';
}

/** A Japanese HR system's user file saved by Excel on a Japanese Windows (Shift_JIS). */
export function japaneseHrText(): string {
  const rows = [
    'First Name,Last Name,Email,Language,Username,Country,部署',
    '太郎,山田,taro.yamada@example.jp,ja,tyamada,JP,営業部',
    '花子,佐藤,hanako.sato@example.jp,ja,hsato,JP,人事部',
    '健一,鈴木,kenichi.suzuki@example.jp,ja,ksuzuki,JP,経理部',
  ];
  return rows.join('\r\n') + '\r\n';
}

export function japaneseHrShiftJis(): Uint8Array {
  return iconv.encode(japaneseHrText(), 'shift_jis');
}

/** An HR extract with the columns the platform must never receive. */
export function hrExtract(): string {
  const rows = [
    'First Name,Last Name,Email,Language,Username,Country,Salary,DOB,Sex,MaritalDesc,CitizenDesc,RaceDesc,Codice Fiscale,IBAN,Department',
    'Sara,Galli,sara.galli@example.it,it,sgalli,IT,42000,1988-03-14,F,Married,Italian,White,GLLSRA88C54F205X,IT60X0542811101000000123456,HR',
  ];
  return rows.join('\n') + '\n';
}

/** The report's own CSV export (Cyber Guru > Export), written by the report's own code. */
export function reportExport(): string {
  const user = (email: string): UserProgress => ({
    email,
    assigned_total: 10,
    completed_total: 8,
    completion_rate_total: 80,
    services: { awareness: { assigned: 6, completed: 5, completion_rate: 83.33 }, channel: { assigned: 4, completed: 3, completion_rate: 75 } },
  });
  return usersToCsv([{ user: user('anna@example.com'), team: 'Sales' }, { user: user('marco@example.com'), team: 'IT' }]);
}
