// What only the file's bytes show: a UTF-8 BOM (VS Code hides it) and a non-UTF-8 export (VS Code shows
// U+FFFD where bytes were invalid). Both get a diagnostic and a file action that fixes the bytes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { usersToCsv } from '../../../../src/report';
import { closeAllEditors, codeOf, diagnosticsWhen, openAndLint, ours, writeWorkspaceFile } from './helpers';

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

  /** Resolves when the open document shows `text` (VS Code reread the converted file as UTF-8). */
  function documentShows(uri: vscode.Uri, text: string): Promise<void> {
    return new Promise<void>((resolve) => {
      const check = (document: vscode.TextDocument) => {
        if (document.uri.toString() === uri.toString() && document.getText() === text && (document as { encoding?: string }).encoding === 'utf8') {
          subscriptions.forEach((s) => s.dispose());
          resolve();
        }
      };
      const subscriptions = [vscode.workspace.onDidChangeTextDocument((e) => check(e.document)), vscode.workspace.onDidOpenTextDocument(check)];
    });
  }

  it('names Windows-1252 for an export VS Code read as UTF-8, shows no other noise, and the fix saves it as UTF-8 with the same characters', async () => {
    const text = HEADER + 'Niccolò,Cantù,nicolo@example.com,it,NC001,IT,studente,Qualità\nZoë,Müller,zoe@example.com,de,ZM001,DE,studente,Vendite\n';
    const latin1 = Buffer.from(text, 'latin1');
    const uri = writeWorkspaceFile('latin1.csv', latin1);
    const { editor } = await openAndLint(uri);
    assert.ok(editor.document.getText().includes('\uFFFD'), 'VS Code read the file as UTF-8');
    const diagnostics = await diagnosticsWhen(uri, (ds) => ds.some((d) => codeOf(d) === 'CG001'));
    assert.deepEqual(diagnostics.map(codeOf), ['CG001'], 'only the encoding, no findings on garbled letters');
    assert.match(diagnostics[0].message, /encoded as Windows-1252 \(Latin-1\), as Excel and older Windows programs save on a Western European system/);
    const titles = (await actionsFor(uri, diagnostics[0])).map((a) => a.title);
    assert.ok(titles.includes("Reopen with the file's real encoding…"), titles.join(' | '));
    const convert = (await actionsFor(uri, diagnostics[0])).find((a) => a.title.startsWith('Save the file as UTF-8'));
    const shown = documentShows(uri, text);
    assert.equal(await run(convert), true);
    assert.deepEqual([...fs.readFileSync(uri.fsPath)], [...Buffer.from(text, 'utf8')], 'the file is now UTF-8 with the same characters');
    await shown;
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

  it("names UTF-16 LE and PowerShell for a file VS Code decoded itself, and the fix saves it as UTF-8 with the same characters", async () => {
    const text = '"GivenName";"Surname";"EmailAddress";"Language";"Username";"Country"\r\n"Zoë";"Müller";"zoe@example.com";"de";"zmuller";"DE"\r\n"Niccolò";"Fabbri";"nicco@example.com";"it";"nfabbri";"IT"\r\n';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const uri = writeWorkspaceFile('powershell-utf16.csv', utf16);
    const { editor } = await openAndLint(uri);
    assert.equal((editor.document as { encoding?: string }).encoding, 'utf16le');
    assert.equal(editor.document.getText(), text, 'VS Code shows the right letters');
    const diagnostics = await diagnosticsWhen(uri, (ds) => ds.some((d) => codeOf(d) === 'CG001'));
    const notUtf8 = diagnostics.filter((d) => codeOf(d) === 'CG001');
    assert.equal(notUtf8.length, 1);
    assert.match(notUtf8[0].message, /encoded as UTF-16 LE, as PowerShell 5 and Excel's 'Unicode text' save/);
    assert.ok(!diagnostics.some((d) => codeOf(d) === 'CG004'), 'no stray-quote noise');
    const convert = (await actionsFor(uri, notUtf8[0])).find((a) => a.title.startsWith('Save the file as UTF-8'));
    const shown = documentShows(uri, text);
    assert.equal(await run(convert), true);
    assert.deepEqual([...fs.readFileSync(uri.fsPath)], [...Buffer.from(text, 'utf8')], 'UTF-8 without BOM, the same characters');
    await shown;
    await diagnosticsWhen(uri, (ds) => !ds.some((d) => codeOf(d) === 'CG001'));
  });

  it("gives the report's own CSV export no diagnostics: it is not a user list", async () => {
    const csv = usersToCsv([
      { user: { email: 'anna@example.com', assigned_total: 10, completed_total: 8, completion_rate_total: 80, services: { awareness: { assigned: 6, completed: 5, completion_rate: 83.33 }, channel: { assigned: 4, completed: 3, completion_rate: 75 } } }, team: 'Sales' },
    ]);
    const uri = writeWorkspaceFile('completion-export.csv', csv);
    await vscode.window.showTextDocument(uri);
    const lintNow = () => vscode.commands.executeCommand<number | undefined>('cyberguru.internal.lintNow', uri);
    assert.equal(await lintNow(), undefined, 'not linted');
    assert.deepEqual(ours(uri), []);
  });
});
