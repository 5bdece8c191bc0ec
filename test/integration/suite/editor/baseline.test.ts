// A configured baseline in the editor: the changed username is an error on its cell pointing at the
// baseline's cell, "Preview Import" shows the counts, and saving a new baseline re-lints the list.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { closeAllEditors, codeOf, diagnosticsWhen, openAndLint, writeWorkspaceFile } from './helpers';

const HEADER = 'First Name,Last Name,Email,Language,Username,Country,roles';
const ANNA = 'Anna,Rossi,anna.rossi@company.com,it,E1001,IT,studente';
const LUCA = 'Luca,Bianchi,luca.bianchi@company.com,it,E1002,IT,studente';
const MARA = 'Mara,Neri,mara.neri@company.com,en,E1003,GB,studente';
const csv = (...rows: string[]) => `${[HEADER, ...rows].join('\n')}\n`;

describe('Baseline in the editor', function () {
  this.timeout(30000);
  after(closeAllEditors);

  it('reports the changed username on its cell with the baseline cell, previews the import, and re-lints when the baseline is saved', async () => {
    const list = writeWorkspaceFile('march.csv', csv(ANNA.replace('E1001', 'ARossi'), LUCA.replace('luca.bianchi@', 'l.bianchi@'), 'Nuovo,Utente,nuovo@company.com,it,E1009,IT,studente'));
    const folder = vscode.Uri.joinPath(list, '..');
    const baseline = vscode.Uri.joinPath(folder, 'platform-export.csv');
    // The platform's export: another delimiter, a BOM, and one user the list no longer has.
    fs.writeFileSync(baseline.fsPath, `\uFEFF${csv(ANNA, LUCA, MARA).replaceAll(',', ';')}`);
    fs.writeFileSync(vscode.Uri.joinPath(folder, '.cyberguru.json').fsPath, JSON.stringify({ baseline: 'platform-export.csv' }));

    await openAndLint(list);
    const diagnostics = await diagnosticsWhen(list, (all) => all.some((d) => codeOf(d) === 'CG501'));
    const username = diagnostics.find((d) => codeOf(d) === 'CG501')!;
    assert.equal(username.severity, vscode.DiagnosticSeverity.Error);
    assert.deepEqual(username.range, new vscode.Range(1, 37, 1, 43), 'the username cell "ARossi"');
    assert.match(username.message, /the platform cannot rename a user, so the import creates a new user "ARossi"/);
    const related = username.relatedInformation ?? [];
    assert.equal(related.length, 1);
    assert.equal(related[0].location.uri.toString(), baseline.toString());
    assert.deepEqual(related[0].location.range, new vscode.Range(1, 37, 1, 42), 'the baseline cell "E1001" (after the BOM, which the editor does not show)');
    const email = diagnostics.find((d) => codeOf(d) === 'CG502');
    assert.equal(email?.severity, vscode.DiagnosticSeverity.Warning);
    const missing = diagnostics.find((d) => codeOf(d) === 'CG503');
    assert.match(missing?.message ?? '', /Users of platform-export\.csv not in this list: 1\./);

    const counts = await vscode.commands.executeCommand('cyberguru.previewImport', list);
    assert.deepEqual(counts, { added: 1, removed: 1, usernameChanged: 1, emailChanged: 1, changed: 0, unchanged: 0 });
    const preview = vscode.window.activeTextEditor?.document;
    assert.equal(preview?.languageId, 'markdown');
    assert.match(preview?.getText() ?? '', /\| Username changed \| 1 \|/);
    assert.ok(preview?.getText().includes(`](${list.with({ fragment: 'L2' }).toString()}): anna.rossi@company.com: \`E1001\` → \`ARossi\``), 'the username change links to its row');

    // The admin refreshes the baseline (the platform now has ARossi) and saves it: the error goes away
    // without touching the list.
    const baselineDocument = await vscode.workspace.openTextDocument(baseline);
    const edit = new vscode.WorkspaceEdit();
    const whole = new vscode.Range(0, 0, baselineDocument.lineCount, 0);
    edit.replace(baseline, whole, csv(ANNA.replace('E1001', 'ARossi'), LUCA, MARA).replaceAll(',', ';'));
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(await baselineDocument.save());
    const relinted = await diagnosticsWhen(list, (all) => !all.some((d) => codeOf(d) === 'CG501'));
    assert.ok(relinted.some((d) => codeOf(d) === 'CG502'), 'the other baseline findings remain');
  });
});
