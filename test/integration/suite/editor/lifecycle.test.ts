// When diagnostics update: on type (default) or only on save, after .cyberguru.json or settings
// change, capped by maxProblems with one summary, and gone when the file is closed.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { lintText } from '../../../../src/lint';
import { activeExtension, closeAllEditors, codeOf, diagnosticsWhen, openAndLint, workspaceConfig, writeWorkspaceFile } from './helpers';

const HEADER = 'First Name,Last Name,Email,Language,Username,Country,roles,Department\n';
const ROW = (i: number, language = 'it') => `Anna${i},Ferrari,anna${i}@example.com,${language},AF00${i},IT,studente,Sales\n`;

/** Any diagnostics (from any source, e.g. the JSON language server) for the file. */
function diagnosticsWhenAny(uri: vscode.Uri): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve) => {
    const subscription = vscode.languages.onDidChangeDiagnostics(() => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (diagnostics.length === 0) return;
      subscription.dispose();
      resolve(diagnostics);
    });
  });
}

async function settled(uri: vscode.Uri): Promise<void> {
  await vscode.commands.executeCommand('cyberguru.internal.lintTimings', uri);
}

describe('When the editor lints', function () {
  this.timeout(30000);
  afterEach(closeAllEditors);

  it('with cyberguru.lint.run = onSave, a typed mistake is reported only when the file is saved', async () => {
    const settings = vscode.workspace.getConfiguration('cyberguru.lint');
    await settings.update('run', 'onSave', vscode.ConfigurationTarget.Workspace);
    try {
      const uri = writeWorkspaceFile('on-save.csv', HEADER + ROW(1) + ROW(2));
      const { editor } = await openAndLint(uri);
      const cell = new vscode.Range(2, ROW(2).indexOf(',it,') + 1, 2, ROW(2).indexOf(',it,') + 3);
      editor.selection = new vscode.Selection(cell.start, cell.end);
      await vscode.commands.executeCommand('type', { text: 'Italiano' });
      await settled(uri);
      assert.deepEqual(vscode.languages.getDiagnostics(uri), [], 'nothing while typing');
      await editor.document.save();
      const [problem] = await diagnosticsWhen(uri, (ds) => ds.length > 0);
      assert.equal(codeOf(problem), 'CG207');
    } finally {
      await settings.update('run', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('re-lints when a .cyberguru.json next to the file turns a rule off, and when it goes away', async () => {
    const uri = writeWorkspaceFile('configured.csv', HEADER + ROW(1, 'Italiano'));
    const { diagnostics } = await openAndLint(uri);
    assert.ok(diagnostics.some((d) => codeOf(d) === 'CG207'));
    const config = path.join(path.dirname(uri.fsPath), '.cyberguru.json');
    fs.writeFileSync(config, JSON.stringify({ ...workspaceConfig(), rules: { CG207: 'off' } }));
    await diagnosticsWhen(uri, (ds) => !ds.some((d) => codeOf(d) === 'CG207'));
    fs.rmSync(config);
    await diagnosticsWhen(uri, (ds) => ds.some((d) => codeOf(d) === 'CG207'));
  });

  it('validates .cyberguru.json against the contributed schema while it is edited', async () => {
    await activeExtension();
    const uri = writeWorkspaceFile('.cyberguru.json', '{ "requireAuthmode": "yes" }\n');
    const validated = diagnosticsWhenAny(uri);
    await vscode.window.showTextDocument(uri);
    const [problem] = await validated;
    assert.equal(problem.range.start.line, 0);
    assert.match(problem.message, /boolean/i, 'requireAuthmode must be true or false');
  });

  it('shows at most cyberguru.lint.maxProblems problems plus one summary saying how many more', async () => {
    const text = HEADER + [1, 2, 3, 4, 5].map((i) => ROW(i, 'Italiano')).join('');
    const total = lintText(text, { config: workspaceConfig() }).problems.length;
    assert.ok(total >= 5);
    const uri = writeWorkspaceFile('capped.csv', text);
    await openAndLint(uri);
    const settings = vscode.workspace.getConfiguration('cyberguru.lint');
    await settings.update('maxProblems', 2, vscode.ConfigurationTarget.Workspace);
    try {
      const diagnostics = await diagnosticsWhen(uri, (ds) => ds.length === 3);
      assert.deepEqual(diagnostics.slice(0, 2).map(codeOf), ['CG207', 'CG207']);
      assert.equal(diagnostics[2].message, `${total - 2} more problems are not shown: the limit is 2 per file (setting cyberguru.lint.maxProblems).`);
    } finally {
      await settings.update('maxProblems', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await diagnosticsWhen(uri, (ds) => ds.length === total);
  });

  it('clears a document\'s diagnostics when it is closed', async () => {
    await activeExtension();
    // An untitled document is closed for good when its editor is reverted and closed (a file's document
    // may stay open in the background for minutes after its editor is closed).
    const document = await vscode.workspace.openTextDocument({ language: 'csv', content: HEADER + ROW(1, 'Italiano') });
    const linted = diagnosticsWhen(document.uri, (ds) => ds.length > 0);
    await vscode.window.showTextDocument(document);
    await linted;
    const closed = new Promise<void>((resolve) => {
      const subscription = vscode.workspace.onDidCloseTextDocument((d) => {
        if (d.uri.toString() === document.uri.toString()) {
          subscription.dispose();
          resolve();
        }
      });
    });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await closed;
    await diagnosticsWhen(document.uri, (ds) => ds.length === 0);
  });
});
