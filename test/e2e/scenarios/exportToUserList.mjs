// An administrator has an Active Directory export (Windows PowerShell's Export-Csv: UTF-16 LE, `;`, a
// #TYPE line) and turns it into a user list: "Create User List from This Export…" asks which column is
// the username (candidates with a sample each) and which extra columns to keep, then opens the new list
// beside the export, without errors.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const EXPORT = 'ad-export.csv';
const LIST = 'ad-export-userlist.csv';
const COMMAND = 'Cyber Guru: Create User List from This Export…';

const PEOPLE = [
  ['Anna', 'Rossi', 'arossi'],
  ['Marco', 'Bianchi', 'mbianchi'],
  ['Niccolò', 'Forlì', 'nforli'],
  ['Giulia', 'Esposito', 'gesposito'],
  ['Zoë', 'Brontë', 'zbronte'],
];

function adExport() {
  const quote = (v) => `"${v}"`;
  const header = ['DistinguishedName', 'Enabled', 'GivenName', 'Name', 'ObjectGUID', 'SamAccountName', 'Surname', 'UserPrincipalName', 'EmailAddress', 'c', 'Department'];
  const rows = PEOPLE.map(([first, last, sam], i) => [
    `CN=${first} ${last},OU=Staff,DC=contoso,DC=local`, 'True', first, `${first} ${last}`, `6f1c000${i}-1111-2222-3333-444455556666`, sam, last,
    `${sam}@contoso.com`, `${sam}@contoso.com`, 'IT', i % 2 ? 'Sales' : 'Finance',
  ]);
  const text = '#TYPE Microsoft.ActiveDirectory.Management.ADUser\r\n' + [header, ...rows].map((r) => r.map(quote).join(';')).join('\r\n') + '\r\n';
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

export const exportToUserList = {
  name: 'Turn an export into a user list',
  prepare: (workspace) => writeFileSync(join(workspace, EXPORT), adExport()),
  steps: [
    {
      name: `open ${EXPORT}, a UTF-16 LE Get-ADUser export, from the Explorer`,
      run: async (wb) => {
        await wb.openFromExplorer(EXPORT);
      },
    },
    {
      name: 'the command asks which column is the username, with a sample of each candidate',
      screenshot: 'export-username-pick',
      run: async (wb) => {
        await wb.runCommand(COMMAND);
        const title = wb.page.locator('.quick-input-widget .quick-input-title');
        await title.filter({ hasText: 'Which column is the username?' }).waitFor({ timeout: 20000 });
        const rows = await wb.page.locator('.quick-input-widget .monaco-list-row').allInnerTexts();
        assert.ok(rows.some((r) => r.includes('SamAccountName') && r.includes('arossi')), `candidates: ${JSON.stringify(rows)}`);
        assert.ok(!rows.some((r) => r.includes('GivenName')), 'a first name is not offered as the username');
      },
    },
    {
      name: 'picking SamAccountName and Italian opens the new list beside the export, without errors',
      screenshot: 'export-to-user-list',
      run: async (wb) => {
        const input = wb.page.locator('.quick-input-widget .quick-input-box input');
        const title = (text) => wb.page.locator('.quick-input-widget .quick-input-title').filter({ hasText: text });
        await input.fill('SamAccountName');
        await input.press('Enter');
        // The export has no language column: asked once for every user.
        await title('which language for every user?').waitFor({ timeout: 20000 });
        await input.fill('it');
        await input.press('Enter');
        // No extra column kept: Enter with none picked.
        await title('Keep any of these columns').waitFor({ timeout: 20000 });
        await input.press('Enter');
        await wb.page.locator(`.tabs-container .tab[aria-label^="${LIST}"]`).first().waitFor({ timeout: 20000 });
        await wb.page.locator('.notifications-toasts').filter({ hasText: 'Save these choices to .cyberguru.json' }).waitFor({ timeout: 20000 });
        // The new list is in the second editor group, beside the export; its only finding is the
        // information that users without a role are imported as studente.
        const beside = wb.page.locator('.editor-group-container').nth(1);
        await beside.locator('.tab.active', { hasText: LIST }).waitFor({ timeout: 20000 });
        await beside.locator('.monaco-editor .squiggly-info').first().waitFor({ timeout: 20000 });
        assert.equal(await beside.locator('.monaco-editor .squiggly-error').count(), 0, 'no error in the new list');
        const text = (await beside.locator('.monaco-editor .view-lines').first().innerText()).replace(/\u00a0/g, ' ');
        assert.match(text, /First Name,Last Name,Email,Language,Username,Country/);
        assert.match(text, /Niccolò,Forlì,nforli@contoso\.com,it,nforli,IT/);
      },
    },
  ],
};
