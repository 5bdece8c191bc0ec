// "Cyber Guru: Lint User Lists in Workspace" fills the Problems panel with every user list, open or not.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { lintBytes } from '../../../../src/lint';
import { activeExtension, codeOf, ours, workspaceConfig, workspaceRoot, writeWorkspaceFile } from './helpers';

describe('Lint User Lists in Workspace', function () {
  this.timeout(60000);

  it('reports the problems of user lists that are not open', async () => {
    await activeExtension();
    const broken = vscode.Uri.joinPath(workspaceRoot(), 'users-broken.csv');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === broken.toString()), 'not open in the editor');
    const summary = await vscode.commands.executeCommand<{ files: number; problems: number }>('cyberguru.lintWorkspace');
    assert.ok(summary.files >= 3, `linted ${summary.files} files`);
    const expected = lintBytes(fs.readFileSync(broken.fsPath), { config: workspaceConfig(), maxProblems: 1000 });
    assert.deepEqual(ours(broken).map(codeOf), expected.problems.map((p) => p.code));
  });

  it('says how many CSV files it skipped as not user lists, and which', async () => {
    const prices = writeWorkspaceFile('skipped-prices.csv', 'sku,price\nA1,3.50\n');
    const report = writeWorkspaceFile('skipped-report-export.csv', 'team,email,assigned_total,completed_total,completion_rate_total\r\nSales,anna@example.com,10,8,80\r\n');
    const summary = await vscode.commands.executeCommand<{ files: number; skipped: number; skippedFiles: vscode.Uri[] }>('cyberguru.lintWorkspace');
    const skipped = summary.skippedFiles.map((uri) => uri.toString());
    assert.ok(skipped.includes(prices.toString()) && skipped.includes(report.toString()), skipped.join(' '));
    assert.equal(summary.skipped, summary.skippedFiles.length);
    assert.deepEqual(ours(report), [], 'the report export gets no diagnostics');
  });
});
