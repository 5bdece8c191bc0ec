// In Restricted Mode (an untrusted folder, as a freshly cloned repository opens), the workspace's own
// values of the settings a repository could abuse are ignored: its .vscode/settings.json sets
// maxProblems 1, excludes every CSV and plants a team name, and none of it applies. A harmless setting
// from the same file (lint.run) still does, which shows the file was read.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitUntil } from '../suite/editor/helpers';

function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the untrusted test workspace is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

describe('Restricted Mode: a repository cannot set the restricted settings', () => {
  it('the workspace is untrusted', () => {
    assert.equal(vscode.workspace.isTrusted, false);
  });

  it("ignores the workspace's restricted values and keeps its harmless one", () => {
    const lint = vscode.workspace.getConfiguration('cyberguru.lint', workspaceFile('users-broken.csv'));
    assert.equal(lint.get('run'), 'onSave', 'the workspace settings file was read');
    assert.equal(lint.get('maxProblems'), 1000);
    assert.equal(lint.get('maxFileSizeMB'), 50);
    assert.deepEqual(lint.get('exclude'), []);
    assert.deepEqual(vscode.workspace.getConfiguration('cyberguru.report').get('teams'), []);
  });

  it('lints the excluded list with every problem, not just the one the workspace allows', async () => {
    const uri = workspaceFile('users-broken.csv');
    await vscode.window.showTextDocument(uri);
    await waitUntil(() => vscode.languages.getDiagnostics(uri).length > 1, 'more than one problem on users-broken.csv', 15000);
    assert.ok(vscode.languages.getDiagnostics(uri).every((d) => d.source === 'cyberguru'));
  });
});
