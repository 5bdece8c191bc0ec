// Typing a wrong code shows a diagnostic with quick fixes; the preferred one puts the text back.
// Username fixes are explicit only: never preferred, never an edit applied without confirmation.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activeExtension, closeAllEditors, codeOf, diagnosticsWhen, openAndLint, writeWorkspaceFile } from './helpers';

async function codeActionsAt(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range);
  return actions.filter((a): a is vscode.CodeAction => a instanceof vscode.CodeAction);
}

describe('Quick fixes in the editor', function () {
  this.timeout(30000);
  after(closeAllEditors);

  it('typing a wrong language code creates a CG207 diagnostic, and its preferred quick fix removes it', async () => {
    const extension = await activeExtension();
    const original = fs.readFileSync(path.join(extension.extensionPath, 'samples', 'users-clean.csv'), 'utf8');
    const uri = writeWorkspaceFile('typing.csv', original);
    const { editor, diagnostics } = await openAndLint(uri);
    assert.deepEqual(diagnostics, [], 'the clean sample starts without problems');

    // Select Marco's language "it" (row 3) and type "IT" over it, as a user would.
    const line = 2;
    const column = editor.document.lineAt(line).text.indexOf(',it,') + 1;
    const cell = new vscode.Range(line, column, line, column + 2);
    assert.equal(editor.document.getText(cell), 'it');
    editor.selection = new vscode.Selection(cell.start, cell.end);
    await vscode.commands.executeCommand('type', { text: 'IT' });
    const [wrong] = await diagnosticsWhen(uri, (ds) => ds.some((d) => codeOf(d) === 'CG207'));
    assert.equal(codeOf(wrong), 'CG207');
    assert.deepEqual(wrong.range, cell, 'the squiggle covers exactly the typed cell');
    assert.equal(wrong.severity, vscode.DiagnosticSeverity.Error);

    const actions = await codeActionsAt(uri, wrong.range);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Show documentation for CG207'), titles.join(' | '));
    const preferred = actions.filter((a) => a.isPreferred);
    assert.equal(preferred.length, 1, 'exactly one preferred fix');
    assert.equal(preferred[0].title, 'Change "IT" to "it"');
    assert.ok(preferred[0].edit, 'the fix is an edit');
    assert.ok(await vscode.workspace.applyEdit(preferred[0].edit));
    await diagnosticsWhen(uri, (ds) => ds.length === 0);
    assert.equal(editor.document.getText(), original, 'the fix restored the exact text');
  });

  it('offers fix-all-of-a-rule and fix-all when several problems can be fixed, and a doc link per rule', async () => {
    const extension = await activeExtension();
    const uri = writeWorkspaceFile('broken.csv', fs.readFileSync(path.join(extension.extensionPath, 'samples', 'users-broken.csv')));
    const { diagnostics } = await openAndLint(uri);
    const country = diagnostics.find((d) => codeOf(d) === 'CG208');
    assert.ok(country, 'the broken sample has country-code problems');
    const titles = (await codeActionsAt(uri, country.range)).map((a) => a.title);
    assert.ok(titles.includes('Fix all CG208 problems in this file'), titles.join(' | '));
    assert.ok(titles.includes('Fix all auto-fixable problems'), titles.join(' | '));
    assert.ok(titles.includes('Show documentation for CG208'), titles.join(' | '));
  });

  it('offers a username change only as an explicit, confirmed fix: never preferred, never a direct edit', async () => {
    const extension = await activeExtension();
    const uri = writeWorkspaceFile('username.csv', fs.readFileSync(path.join(extension.extensionPath, 'samples', 'users-broken.csv')));
    const { diagnostics } = await openAndLint(uri);
    const spaced = diagnostics.find((d) => codeOf(d) === 'CG203' && d.message.startsWith('Username'));
    assert.ok(spaced, 'the broken sample has a username with a space');
    const actions = await codeActionsAt(uri, spaced.range);
    const usernameFixes = actions.filter((a) => a.title.endsWith('(changes a username)'));
    assert.equal(usernameFixes.length, 1, actions.map((a) => a.title).join(' | '));
    assert.equal(usernameFixes[0].isPreferred ?? false, false);
    assert.equal(usernameFixes[0].edit, undefined, 'no edit applies without the confirmation');
    assert.equal(usernameFixes[0].command?.command, 'cyberguru.applyUsernameFix');

    // A fix offered for an older version of the text does nothing (no dialog, no edit).
    const editor = await vscode.window.showTextDocument(uri);
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), ' ')));
    const before = editor.document.getText();
    const command = usernameFixes[0].command;
    assert.equal(await vscode.commands.executeCommand(command.command, ...(command.arguments ?? [])), false);
    assert.equal(editor.document.getText(), before, 'nothing changed');
  });
});
