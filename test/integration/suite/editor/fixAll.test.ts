// Fix-all (source.fixAll.cyberguru on save, the code action, and the command) applies every safe fix
// until the file is stable, exactly as the CLI's --fix does, leaves only problems that need a person,
// keeps CRLF line endings and quoting, never changes a username, and changes no other byte.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { fixAll, lintText } from '../../../../src/lint';
import { closeAllEditors, codeOf, diagnosticsWhen, openAndLint, workspaceConfig, writeWorkspaceFile } from './helpers';

const MANY_FIXABLE_PROBLEMS = [
  'First Name,Last Name,Email,Language,Username,Country,roles,Department',
  'Anna,Ferrari,anna.ferrari@company.com,Italiano,E1001,Italia,Studente,Sales_EMEA',
  '"Marco","Rossi","marco.rossi@company.com","IT","E1002","it","teamleader","Sales_EMEA"',
  'Giulia,Bianchi,giulia@company,it,E 1003,IT,company admin,Finance',
  "John,O'Neil,john.oneil@company.com, en ,E1004,UK,student,Engineering",
  ',,,,,,,',
  'Luca,Verdi, luca.verdi@company.com ,ita,E1001,FRA,supervisor,Engineering',
  'Sophie,Martin,sophie.martin@company.com,fr,E1005,fr,Supervisor,Engineering',
  '',
].join('\r\n');

function expectedAfterFixAll(text: string) {
  const config = workspaceConfig();
  const fixed = fixAll(text, { config }).text;
  const remaining = lintText(fixed, { config }).problems;
  return { fixed, remaining };
}

function assertOnlyUnfixableRemain(uri: vscode.Uri, diagnostics: vscode.Diagnostic[], remaining: ReturnType<typeof lintText>['problems']) {
  assert.deepEqual(diagnostics.map(codeOf), remaining.map((p) => p.code), `remaining diagnostics of ${uri.path}`);
  for (const problem of remaining) assert.ok(!problem.fixes.some((f) => f.safe), `${problem.code} left with a safe fix`);
}

describe('Fix all auto-fixable problems', function () {
  this.timeout(30000);
  after(closeAllEditors);

  it('the engine fixture really has many safe fixes and some problems only a person can fix', () => {
    const problems = lintText(MANY_FIXABLE_PROBLEMS, { config: workspaceConfig() }).problems;
    assert.ok(problems.filter((p) => p.fixes.some((f) => f.safe)).length >= 10);
    assert.ok(problems.some((p) => p.fixes.length === 0));
    assert.ok(problems.some((p) => p.fixes.some((f) => !f.safe)), 'and a username fix that fix-all must not apply');
  });

  it('source.fixAll.cyberguru: one edit that leaves only unfixable problems and changes no other byte', async () => {
    const uri = writeWorkspaceFile('fix-all-action.csv', MANY_FIXABLE_PROBLEMS);
    const { editor } = await openAndLint(uri);
    const { fixed, remaining } = expectedAfterFixAll(MANY_FIXABLE_PROBLEMS);
    const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, whole, 'source.fixAll.cyberguru');
    const ours = actions.filter((a) => a.kind?.value === 'source.fixAll.cyberguru');
    assert.equal(ours.length, 1);
    assert.ok(ours[0].edit && (await vscode.workspace.applyEdit(ours[0].edit)));
    const diagnostics = await diagnosticsWhen(uri, (ds) => ds.length === remaining.length && editor.document.getText() === fixed);
    assert.equal(editor.document.getText(), fixed, 'same text as the CLI --fix, byte for byte');
    assert.equal(editor.document.eol, vscode.EndOfLine.CRLF, 'line endings kept');
    assert.match(editor.document.lineAt(2).text, /^"Marco","Rossi",/, 'quoting kept');
    assert.match(editor.document.getText(), /,E 1003,/, 'the username is not changed');
    assertOnlyUnfixableRemain(uri, diagnostics, remaining);
  });

  it('editor.codeActionsOnSave runs it when the file is saved', async () => {
    const uri = writeWorkspaceFile('fix-on-save.csv', MANY_FIXABLE_PROBLEMS);
    const editorSettings = vscode.workspace.getConfiguration('editor', { languageId: 'csv' });
    await editorSettings.update('codeActionsOnSave', { 'source.fixAll.cyberguru': 'explicit' }, vscode.ConfigurationTarget.Workspace, true);
    try {
      const { editor } = await openAndLint(uri);
      const { fixed, remaining } = expectedAfterFixAll(MANY_FIXABLE_PROBLEMS);
      // Type a character and delete it: the file is dirty with its original text, so saving is real.
      const end = editor.document.positionAt(editor.document.getText().length);
      await editor.edit((b) => b.insert(end, 'x'));
      await editor.edit((b) => b.delete(new vscode.Range(end, end.translate(0, 1))));
      assert.ok(editor.document.isDirty);
      assert.ok(await editor.document.save());
      assert.equal(fs.readFileSync(uri.fsPath, 'utf8'), fixed, 'the saved file is the fixed text');
      assertOnlyUnfixableRemain(uri, await diagnosticsWhen(uri, (ds) => ds.length === remaining.length), remaining);
    } finally {
      await editorSettings.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
    }
  });

  it('the cyberguru.fixAll command does the same on the active editor', async () => {
    const uri = writeWorkspaceFile('fix-all-command.csv', MANY_FIXABLE_PROBLEMS);
    const { editor } = await openAndLint(uri);
    const { fixed, remaining } = expectedAfterFixAll(MANY_FIXABLE_PROBLEMS);
    assert.equal(await vscode.commands.executeCommand('cyberguru.fixAll'), true);
    assert.equal(editor.document.getText(), fixed);
    assertOnlyUnfixableRemain(uri, await diagnosticsWhen(uri, (ds) => ds.length === remaining.length), remaining);
  });
});
