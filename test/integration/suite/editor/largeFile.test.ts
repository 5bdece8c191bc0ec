// A user list above `cyberguru.lint.maxFileSizeMB`: one notification with the exact `cyberguru lint`
// command, and no linting on open or while typing (no flood of diagnostics). The test lowers the limit
// through the setting so the file it generates stays small and quick.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { closeAllEditors, codeOf, openAndLint, ours, writeWorkspaceFile } from './helpers';

interface LargeFileVerdict {
  tooLarge: boolean;
  announcements: number;
  notice?: { sizeBytes: number; maxFileSizeMB: number; command: string; message: string };
}

const LIMIT_MB = 1;

/** Rows whose language code is wrong: linted, every one would be a CG207 diagnostic. */
function userList(rows: number): string {
  const lines = ['First Name,Last Name,Email,Language,Username,Country'];
  for (let i = 0; i < rows; i++) lines.push(`Name${i},Surname${i},user${i}@company-example.com,xx,EMP${String(i).padStart(6, '0')},IT`);
  return lines.join('\n') + '\n';
}

const verdictFor = (uri: vscode.Uri) => vscode.commands.executeCommand<LargeFileVerdict>('cyberguru.internal.largeFileVerdict', uri);

describe('A user list larger than cyberguru.lint.maxFileSizeMB', function () {
  this.timeout(60000);
  const settings = () => vscode.workspace.getConfiguration('cyberguru.lint');

  before(async () => {
    await settings().update('maxFileSizeMB', LIMIT_MB, vscode.ConfigurationTarget.Workspace);
  });

  after(async () => {
    await closeAllEditors();
    await settings().update('maxFileSizeMB', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('lints the same kind of list below the limit (each row is a problem)', async () => {
    const { diagnostics } = await openAndLint(writeWorkspaceFile('small-list.csv', userList(50)));
    assert.equal(diagnostics.filter((d) => codeOf(d) === 'CG207').length, 50);
  });

  it('says once that the file is left to `cyberguru lint`, and shows no diagnostics on open or while typing', async () => {
    const text = userList(30_000);
    const uri = writeWorkspaceFile('huge-list.csv', text);
    assert.ok(fs.statSync(uri.fsPath).size > LIMIT_MB * 1024 * 1024, 'the generated file is above the limit');

    const editor = await vscode.window.showTextDocument(uri);
    const verdict = await verdictFor(uri);
    assert.equal(verdict.tooLarge, true);
    assert.equal(verdict.announcements, 1, 'one notification');
    const command = `cyberguru lint ${vscode.workspace.asRelativePath(uri, false)}`;
    assert.equal(verdict.notice?.command, command);
    assert.ok(verdict.notice?.message.includes(command), `the notification shows the command: ${verdict.notice?.message}`);
    assert.ok(verdict.notice?.message.includes('"huge-list.csv" is 1.9 MB'), verdict.notice?.message);
    assert.equal(await vscode.commands.executeCommand('cyberguru.internal.lintNow', uri), undefined, 'the editor does not lint it');
    assert.deepEqual(ours(uri), []);

    // Keystrokes schedule nothing: waiting for the document's lint to be idle returns at once, still clean.
    editor.selection = new vscode.Selection(2, 0, 2, 0);
    for (const key of ['a', 'b', 'c']) await vscode.commands.executeCommand('type', { text: key });
    await vscode.commands.executeCommand('cyberguru.internal.lintTimings', uri);
    assert.deepEqual(ours(uri).map(codeOf), [], 'no diagnostics after typing');

    // Closing and reopening the file does not announce it again.
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.window.showTextDocument(uri);
    assert.equal(await vscode.commands.executeCommand('cyberguru.internal.lintNow', uri), undefined);
    assert.equal((await verdictFor(uri)).announcements, 1, 'still one notification for this file');
    assert.deepEqual(ours(uri), []);
  });
});
