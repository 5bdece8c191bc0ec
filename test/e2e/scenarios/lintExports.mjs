// An administrator opens the files their directory wrote: a Microsoft Entra bulk-create file (a
// version line above the header, bracketed headers, an initial-password column) and a PowerShell 5
// Get-ADUser export in UTF-16 LE. The Problems panel says what a person needs to know about each.
import assert from 'node:assert/strict';

/**
 * The Problems panel filtered to one file, as a person narrows it with the panel's filter box (other
 * lists opened by earlier scenarios keep their problems until VS Code disposes their documents).
 */
async function problemRows(wb, what, file) {
  await wb.openProblemsPanel();
  await wb.page.getByPlaceholder(/^Filter \(e\.g\. text/).first().fill(`**/${file}`);
  const rows = wb.page.locator('.markers-panel .monaco-list-row');
  await rows.filter({ hasText: file }).first().waitFor({ timeout: 20000 });
  const texts = await rows.allInnerTexts();
  assert.ok(texts.length > 0, `no Problems rows for ${what}`);
  return texts;
}

/** Empties the Problems filter again, so the next scenario sees every file. */
async function clearProblemsFilter(wb) {
  await wb.page.getByPlaceholder(/^Filter \(e\.g\. text/).first().fill('');
}

export const lintExports = {
  name: 'Lint directory exports',
  steps: [
    {
      name: 'open the Entra bulk-create file: the version line and the UPN advice head the Problems panel',
      screenshot: 'entra-export',
      run: async (wb) => {
        await wb.dismissOverlays();
        // Only this file's problems in the panel: earlier scenarios leave other lists open.
        await wb.openFromExplorer('entra-bulk-create.csv');
        await wb.waitForProblemCounts((c) => c.errors > 0 && c.warnings > 0, 'errors and warnings for the Entra file');
        const rows = await problemRows(wb, 'the Entra file', 'entra-bulk-create.csv');
        assert.ok(rows.some((t) => t.includes('CG106')), `no CG106 row: ${JSON.stringify(rows.slice(0, 8))}`);
        assert.ok(rows.some((t) => t.includes('user principal name')), 'the UPN advice is shown');
      },
    },
    {
      name: 'open the UTF-16 LE Get-ADUser export: CG001 names the encoding and PowerShell',
      screenshot: 'utf16-export',
      run: async (wb) => {
        await wb.dismissOverlays();
        await wb.openFromExplorer('powershell-utf16.csv');
        const rows = await problemRows(wb, 'the UTF-16 file', 'powershell-utf16.csv');
        await wb.page.locator('.markers-panel .monaco-list-row', { hasText: 'UTF-16 LE' }).first().waitFor({ timeout: 20000 });
        const shown = await wb.page.locator('.markers-panel .monaco-list-row').allInnerTexts();
        await clearProblemsFilter(wb);
        assert.ok(shown.some((t) => t.includes('PowerShell 5')), JSON.stringify(rows.slice(0, 8)));
      },
    },
  ],
};
