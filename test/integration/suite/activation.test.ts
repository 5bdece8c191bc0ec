// The extension comes alive when a user opens a CSV, and every command it lists in the Command Palette
// is actually registered (a contributed command without a handler shows "command not found").
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitUntil } from './editor/helpers';

const EXTENSION_ID = 'cyberguru-admin-tools.cyberguru-userlist';

function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace (a copy of samples/) is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

interface ContributedCommand {
  command: string;
  title: string;
}

describe('Extension activation', () => {
  it('runs inside VS Code 1.100 or newer', () => {
    const [major, minor] = vscode.version.split('.').map(Number);
    assert.ok(major > 1 || (major === 1 && minor >= 100), `VS Code ${vscode.version}`);
  });

  it('activates when a .csv user list is opened in the editor', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is loaded in the extension host`);
    const editor = await vscode.window.showTextDocument(workspaceFile('users-clean.csv'));
    assert.equal(editor.document.languageId, 'csv', 'a .csv file opens with the csv language');
    await waitUntil(() => extension.isActive, 'the extension to activate after opening a .csv file');
    assert.equal(extension.isActive, true);
  });

  it('registers every command it contributes to the Command Palette', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    await extension.activate();
    const contributed: ContributedCommand[] = extension.packageJSON.contributes?.commands ?? [];
    assert.ok(contributed.length > 0, 'package.json contributes at least one command');
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.filter((c) => !registered.has(c.command)).map((c) => `${c.command} ("${c.title}")`);
    assert.deepEqual(missing, [], 'contributed commands without a registered handler');
  });
});
