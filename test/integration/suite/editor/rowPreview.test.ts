// On a large list, the first diagnostics after an edit come from re-checking just the edited rows; they
// must already be right: the full lint that follows changes nothing (when no row-comparing rule fires).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, describeDiagnostic, nextDiagnosticsChange, openAndLint, ours, writeWorkspaceFile } from './helpers';

interface LintTimings {
  firstUpdateWasPreview: boolean;
}

/** Large enough that the full lint takes far longer than the 50 ms in which VS Code batches diagnostics events. */
function largeList(): string {
  const lines = ['First Name,Last Name,Email,Language,Username,Country,roles,Department'];
  for (let i = 0; i < 10_000; i++) {
    const language = i === 10 ? 'Italiano' : 'it';
    const country = i === 2500 ? 'FRA' : 'IT';
    lines.push(`Name${i},Surname${i},user${i}@company-example.com,${language},EMP${String(i).padStart(5, '0')},${country},studente,Dept_${i % 7}`);
  }
  return lines.join('\r\n') + '\r\n';
}

async function editAndCompare(editor: vscode.TextEditor, edit: (builder: vscode.TextEditorEdit) => void): Promise<vscode.Diagnostic[]> {
  const uri = editor.document.uri;
  const first = nextDiagnosticsChange(uri);
  assert.ok(await editor.edit(edit));
  const preview = (await first).map(describeDiagnostic);
  const timings = await vscode.commands.executeCommand<LintTimings>('cyberguru.internal.lintTimings', uri);
  assert.equal(timings.firstUpdateWasPreview, true, 'the first update was a row preview');
  const final = ours(uri);
  assert.deepEqual(preview, final.map(describeDiagnostic), 'the full lint agrees with the preview');
  return final;
}

describe('Row preview on a large list', function () {
  this.timeout(60000);
  after(closeAllEditors);

  it('inserting a row with a mistake: problems below move down one line, the new one appears at once', async () => {
    const uri = writeWorkspaceFile('preview.csv', largeList());
    const { editor, diagnostics } = await openAndLint(uri);
    assert.equal(diagnostics.length, 2);
    const final = await editAndCompare(editor, (b) =>
      b.insert(new vscode.Position(1500, 0), 'New,Person,new.person@company-example.com,IT,NEW001,IT,studente,Dept_1\r\n'),
    );
    assert.deepEqual(final.map((d) => d.range.start.line), [11, 1500, 2502]);
  });

  it('deleting rows and fixing a cell: problems below move up, the fixed one disappears', async () => {
    const uri = writeWorkspaceFile('preview-delete.csv', largeList());
    const { editor } = await openAndLint(uri);
    const line = editor.document.lineAt(11);
    const start = line.text.indexOf('Italiano');
    const final = await editAndCompare(editor, (b) => {
      b.replace(new vscode.Range(11, start, 11, start + 'Italiano'.length), 'it');
      b.delete(new vscode.Range(100, 0, 103, 0));
    });
    assert.deepEqual(final.map((d) => d.range.start.line), [2498]);
  });
});
