// "Create User List from This Export…" in a real VS Code: an AD export in UTF-16 LE and an HR workbook
// become user lists that open beside the source with no errors, answers given as the command's
// arguments as automation would; the export is byte-for-byte unchanged; cancelling leaves nothing.
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CreateUserListResult } from '../../../../src/editor/createUserList';
import { adUtf16, hrWorkbook, people } from '../../../unit/convert/exportBuilders';
import { activeExtension, closeAllEditors, diagnosticsWhen, writeWorkspaceFile } from './helpers';

const COMMAND = 'cyberguru.createUserListFromExport';
const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const errors = (diagnostics: vscode.Diagnostic[]) => diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error);

describe('Create User List from This Export', function () {
  this.timeout(60000);
  afterEach(closeAllEditors);

  it('turns a UTF-16 LE Get-ADUser export into a list beside it, with no errors, and saves the choices', async () => {
    await activeExtension();
    const users = people(12);
    const source = writeWorkspaceFile('ad-export.csv', adUtf16(users));
    const folder = path.dirname(source.fsPath);
    fs.writeFileSync(path.join(folder, '.cyberguru.json'), '{}\n');
    const before = sha256(source.fsPath);

    const result = (await vscode.commands.executeCommand(COMMAND, source, { username: 'SamAccountName', language: 'it', keep: [], saveChoices: true })) as CreateUserListResult;

    assert.ok(result, 'the command resolved with what it wrote');
    assert.equal(result.output, path.join(folder, 'ad-export-userlist.csv'));
    assert.equal(result.rowsOut, users.length);
    assert.equal(sha256(source.fsPath), before, 'the export is byte-for-byte unchanged');
    const output = vscode.Uri.file(result.output);
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === output.toString());
    assert.ok(editor, 'the new list is open');
    assert.notEqual(editor.viewColumn, vscode.ViewColumn.One, 'beside the source, not over it');
    const diagnostics = await diagnosticsWhen(output, (d) => d.length > 0);
    assert.deepEqual(errors(diagnostics).map((d) => d.message), []);
    const lines = editor.document.getText().trimEnd().split(/\r?\n/);
    assert.equal(lines[0], 'First Name,Last Name,Email,Language,Username,Country');
    assert.equal(lines[1], `${users[0].first},${users[0].last},${users[0].email},it,${users[0].login},IT`);
    assert.deepEqual(JSON.parse(fs.readFileSync(path.join(folder, '.cyberguru.json'), 'utf8')), {
      convert: { map: { username: 'SamAccountName' }, defaults: { language: 'it' } },
    });
  });

  it('converts an .xlsx workbook picked in the Explorer (no editor open for it)', async () => {
    await activeExtension();
    const users = people(6);
    const source = writeWorkspaceFile('hr.xlsx', hrWorkbook(users));
    fs.writeFileSync(path.join(path.dirname(source.fsPath), '.cyberguru.json'), '{}\n');
    const result = (await vscode.commands.executeCommand(COMMAND, source, { username: 'Matricola', language: 'it', country: 'IT', keep: ['Reparto'] })) as CreateUserListResult;
    assert.equal(result.rowsOut, users.length);
    const text = fs.readFileSync(result.output, 'utf8');
    assert.equal(text.split('\r\n')[0], 'First Name,Last Name,Email,Language,Username,Country,Reparto');
    assert.ok(!text.includes('32000'), 'the salary column is not written');
    const diagnostics = await diagnosticsWhen(vscode.Uri.file(result.output), (d) => d.length > 0);
    assert.deepEqual(errors(diagnostics).map((d) => d.message), []);
  });

  it('a large export (over 2 MB) converts with a progress notification, every user kept', async () => {
    await activeExtension();
    const users = people(20000);
    const source = writeWorkspaceFile('large-export.csv', adUtf16(users));
    assert.ok(fs.statSync(source.fsPath).size > 2 * 1024 * 1024, 'large enough for the progress notification');
    const result = (await vscode.commands.executeCommand(COMMAND, source, { username: 'SamAccountName', language: 'it', keep: [] })) as CreateUserListResult;
    assert.equal(result.rowsOut, users.length);
    assert.equal(fs.readFileSync(result.output, 'utf8').trimEnd().split('\r\n').length, users.length + 1);
  });

  it('cancelling leaves nothing behind: no new list, no temporary file', async () => {
    await activeExtension();
    // Large enough for the progress notification: its conversion runs in slices that check for cancel.
    const source = writeWorkspaceFile('cancelled.csv', adUtf16(people(20000)));
    const folder = path.dirname(source.fsPath);
    const filesBefore = fs.readdirSync(folder).sort();
    const cancelled = new vscode.CancellationTokenSource();
    cancelled.cancel();
    const result = await vscode.commands.executeCommand(COMMAND, source, { username: 'SamAccountName', language: 'it', keep: [], cancellation: cancelled.token });
    assert.equal(result, undefined);
    assert.deepEqual(fs.readdirSync(folder).sort(), filesBefore);
  });
});
