// Opening a user list shows exactly the problems the engine (and the CLI) finds in the file: same codes,
// ranges, severities and messages, each linking to its rule's page, duplicates pointing to the first use.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { lintBytes } from '../../../../src/lint';
import {
  activeExtension,
  closeAllEditors,
  codeOf,
  describeDiagnostic,
  describeProblem,
  docsTarget,
  documentRange,
  openAndLint,
  ours,
  workspaceConfig,
  writeWorkspaceFile,
} from './helpers';

function sampleFiles(extensionPath: string): string[] {
  return fs.readdirSync(path.join(extensionPath, 'samples')).filter((f) => f.endsWith('.csv')).sort();
}

describe('Editor diagnostics for the sample user lists', function () {
  this.timeout(30000);
  after(closeAllEditors);

  it('lists the samples it checks', async () => {
    const extension = await activeExtension();
    assert.ok(sampleFiles(extension.extensionPath).length >= 3);
  });

  for (const name of ['users-broken.csv', 'users-clean.csv', 'utenti-excel.csv']) {
    it(`${name}: one diagnostic per engine problem, with its code, range, severity, message and docs link`, async () => {
      const extension = await activeExtension();
      const bytes = fs.readFileSync(path.join(extension.extensionPath, 'samples', name));
      const uri = writeWorkspaceFile(name, bytes);
      const expected = lintBytes(bytes, { config: workspaceConfig(), maxProblems: 1000 });
      const { diagnostics } = await openAndLint(uri);

      assert.deepEqual(diagnostics.map(describeDiagnostic), expected.problems.map((p) => describeProblem(p, expected.hasBom)));
      diagnostics.forEach((diagnostic, i) => {
        const problem = expected.problems[i];
        assert.equal(diagnostic.source, 'cyberguru');
        const code = diagnostic.code;
        assert.ok(typeof code === 'object', `${problem.code} has a code with a docs target`);
        assert.equal(code.target.toString(), docsTarget(extension, problem.code), `${problem.code} links to its docs page`);
        assert.deepEqual(
          (diagnostic.relatedInformation ?? []).map((r) => [r.location.uri.toString(), r.location.range, r.message]),
          problem.related.map((r) => [uri.toString(), documentRange(r.range, expected.hasBom), r.message]),
          `${problem.code} related information`,
        );
      });
    });
  }

  it('points a duplicate e-mail at its first occurrence, and the docs link opens a page shipped with the extension', async () => {
    const extension = await activeExtension();
    const uri = writeWorkspaceFile('dupes.csv', fs.readFileSync(path.join(extension.extensionPath, 'samples', 'users-broken.csv')));
    const { diagnostics } = await openAndLint(uri);
    const duplicate = diagnostics.find((d) => codeOf(d) === 'CG301');
    assert.ok(duplicate, 'the sample has a duplicate e-mail');
    const first = duplicate.relatedInformation?.[0];
    assert.ok(first, 'with related information');
    const document = await vscode.workspace.openTextDocument(uri);
    assert.equal(document.getText(first.location.range), document.getText(duplicate.range), 'the related range holds the same e-mail');
    assert.ok(first.location.range.start.line < duplicate.range.start.line, 'on an earlier row');
    const target = (duplicate.code as { target: vscode.Uri }).target;
    const page = await vscode.workspace.fs.readFile(target);
    assert.match(new TextDecoder().decode(page), /CG301/, 'the docs page exists offline and is about CG301');
  });

  it('lints a CSV that is not a user list only when cyberguru.lint.include names it, and never when excluded', async () => {
    const uri = writeWorkspaceFile('prices.csv', 'sku,price\nA1,3.50\nB2,\n');
    await vscode.window.showTextDocument(uri);
    const lintNow = () => vscode.commands.executeCommand<number | undefined>('cyberguru.internal.lintNow', uri);
    const settings = vscode.workspace.getConfiguration('cyberguru.lint');
    try {
      assert.equal(await lintNow(), undefined, 'a price list is not a user list');
      await settings.update('include', ['**/prices.csv'], vscode.ConfigurationTarget.Workspace);
      assert.ok(((await lintNow()) ?? 0) > 0, 'included: linted, and it misses every required column');
      assert.ok(ours(uri).some((d) => codeOf(d) === 'CG101'), 'missing required columns are reported');
      await settings.update('exclude', ['**/prices.csv'], vscode.ConfigurationTarget.Workspace);
      assert.equal(await lintNow(), undefined, 'exclude wins over include');
      assert.deepEqual(ours(uri), [], 'and its diagnostics are cleared');
    } finally {
      await settings.update('include', undefined, vscode.ConfigurationTarget.Workspace);
      await settings.update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
