// What only the file's bytes show: a UTF-8 BOM (VS Code hides it) and a non-UTF-8 export (VS Code shows
// U+FFFD where bytes were invalid). Both get a diagnostic and a file action that fixes the bytes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { closeAllEditors, codeOf, diagnosticsWhen, openAndLint, writeWorkspaceFile } from './helpers';

async function actionsFor(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range);
  return actions.filter((a) => a instanceof vscode.CodeAction);
}

async function run(action: vscode.CodeAction | undefined): Promise<unknown> {
  assert.ok(action?.command, 'the action runs a command');
  return vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

const HEADER = 'First Name,Last Name,Email,Language,Username,Country,roles,Department\n';

describe('File encoding in the editor', function () {
  this.timeout(30000);
  after(closeAllEditors);

  it('reports a BOM read from the file bytes, and "Remove the byte order mark" rewrites the file without it', async () => {
    const body = HEADER + 'Anna,Ferrari,anna@example.com,it,AF001,IT,studente,Sales\n';
    const uri = writeWorkspaceFile('bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body)]));
    const { editor, diagnostics } = await openAndLint(uri);
    assert.equal(editor.document.getText(), body, 'VS Code does not show the BOM');
    const bom = diagnostics.find((d) => codeOf(d) === 'CG002');
    assert.ok(bom, diagnostics.map(codeOf).join());
    assert.deepEqual(bom.range, new vscode.Range(0, 0, 0, 0), 'at the very start of the file');
    const actions = await actionsFor(uri, bom);
    const remove = actions.find((a) => a.title === 'Remove the byte order mark (BOM) from the file');
    assert.equal(await run(remove), true);
    assert.deepEqual([...fs.readFileSync(uri.fsPath)], [...Buffer.from(body)], 'only the three BOM bytes are gone');
    await diagnosticsWhen(uri, (ds) => !ds.some((d) => codeOf(d) === 'CG002'));
  });

  it('flags the first U+FFFD of a Windows-1252 export, and converting it to UTF-8 restores the accents', async () => {
    const latin1 = Buffer.from(HEADER + 'Nicol\xf2,Cant\xf9,nicolo@example.com,it,NC001,IT,studente,Sales\n', 'latin1');
    const uri = writeWorkspaceFile('latin1.csv', latin1);
    const { editor, diagnostics } = await openAndLint(uri);
    const notUtf8 = diagnostics.find((d) => codeOf(d) === 'CG001');
    assert.ok(notUtf8, `CG001 in ${diagnostics.map(codeOf).join()}`);
    assert.equal(editor.document.getText(notUtf8.range), '\uFFFD', 'on the first replacement character');
    assert.deepEqual(notUtf8.range.start, new vscode.Position(1, 5));
    const titles = (await actionsFor(uri, notUtf8)).map((a) => a.title);
    assert.ok(titles.includes("Reopen with the file's real encoding…"), titles.join(' | '));
    const convert = (await actionsFor(uri, notUtf8)).find((a) => a.title.startsWith('Convert the file from Windows-1252'));
    const changed = new Promise<void>((resolve) => {
      const subscription = vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.toString() === uri.toString() && e.document.getText().includes('Nicolò')) {
          subscription.dispose();
          resolve();
        }
      });
    });
    assert.equal(await run(convert), true);
    assert.equal(fs.readFileSync(uri.fsPath, 'utf8'), latin1.toString('latin1'), 'the file is now UTF-8 with the same characters');
    await changed;
    await diagnosticsWhen(uri, (ds) => !ds.some((d) => codeOf(d) === 'CG001'));
  });

  it('does not rewrite a file reached through a symbolic link: the file it points to keeps its bytes', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(HEADER + 'Anna,Ferrari,anna@example.com,it,AF001,IT,studente,Sales\n')]);
    const target = writeWorkspaceFile('elsewhere.csv', bytes);
    const link = vscode.Uri.file(target.fsPath.replace(/elsewhere\.csv$/, 'linked.csv'));
    fs.symlinkSync(target.fsPath, link.fsPath);
    assert.notEqual(await vscode.commands.executeCommand('cyberguru.removeBom', link), true, 'the command did not rewrite anything');
    assert.deepEqual([...fs.readFileSync(target.fsPath)], [...bytes]);
    assert.ok(fs.lstatSync(link.fsPath).isSymbolicLink(), 'the link is still a link');
  });
});
