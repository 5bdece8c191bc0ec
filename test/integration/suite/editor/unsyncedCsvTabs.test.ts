// A user list above 50 MB opened as a user opens it. VS Code 1.100 never hands such a file to extensions:
// above `workbench.editorLargeFileConfirmation` (10 MB in this host, whose files are remote; 1024 MB for
// local files on desktop) it is not even loaded, and a loaded text model above 50 MB is not synced to the
// extension host. Only its tab is seen, and from that tab the extension says once that the file is left
// to `cyberguru lint`.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activeExtension, closeAllEditors, diagnosticsWhen, waitUntil, writeWorkspaceFile } from './helpers';

interface LargeFileVerdict {
  tooLarge: boolean;
  announcements: number;
  notice?: { sizeBytes: number; command: string; message: string };
}

const HEADER = 'First Name,Last Name,Email,Language,Username,Country\n';
const ROW = 'Mario,Rossi,mario.rossi@company-example.com,xx,EMP000001,IT\n';
const SIZE_MB = 60;
/** Opening a 60 MB file takes seconds on a loaded machine; the deadline only turns a hang into a failure. */
const DEADLINE_MS = 30000;

/** A 60 MB user list, written as 1 MB blocks of one repeated row (a few tens of ms). */
function writeLargeUserList(name: string): vscode.Uri {
  const uri = writeWorkspaceFile(name, HEADER);
  const block = ROW.repeat(Math.ceil((1024 * 1024) / ROW.length));
  const fd = fs.openSync(uri.fsPath, 'a');
  try {
    for (let i = 0; i < SIZE_MB; i++) fs.writeSync(fd, block);
  } finally {
    fs.closeSync(fd);
  }
  return uri;
}

/** What the extension told the user about the file so far, without making it check the file. */
const toldSoFar = (uri: vscode.Uri) =>
  vscode.commands.executeCommand<LargeFileVerdict>('cyberguru.internal.largeFileVerdict', uri, { measure: false });

/** The verdict after the extension checks the file (again). */
const measured = (uri: vscode.Uri) => vscode.commands.executeCommand<LargeFileVerdict>('cyberguru.internal.largeFileVerdict', uri);

const same = (a: vscode.Uri, b: vscode.Uri) => a.toString() === b.toString();
const hasTextDocument = (uri: vscode.Uri) => vscode.workspace.textDocuments.some((d) => same(d.uri, uri));
const textTabs = (uri: vscode.Uri) =>
  vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputText && same(t.input.uri, uri));

/** Opens the file as the Explorer does, and records whether a text document for it reached extensions. */
async function openAsUser(uri: vscode.Uri): Promise<{ openedDocuments: number }> {
  let openedDocuments = 0;
  const subscription = vscode.workspace.onDidOpenTextDocument((d) => {
    if (same(d.uri, uri)) openedDocuments++;
  });
  try {
    // Resolves once the editor has its input: a document it would hand over has been sent by then.
    await vscode.commands.executeCommand('vscode.open', uri);
  } finally {
    subscription.dispose();
  }
  return { openedDocuments };
}

async function assertOneNotice(uri: vscode.Uri): Promise<void> {
  await waitUntil(async () => (await toldSoFar(uri)).announcements > 0, `the notice for ${path.basename(uri.fsPath)}`, DEADLINE_MS);
  // Measuring again (as a save or a change on disk makes it do) does not tell the user a second time.
  const told = await measured(uri);
  const command = `cyberguru lint ${vscode.workspace.asRelativePath(uri, false)}`;
  assert.equal(told.announcements, 1, 'one notification');
  assert.equal(told.tooLarge, true);
  assert.equal(told.notice?.command, command);
  assert.ok(told.notice?.message.includes(`"${path.basename(uri.fsPath)}" is ${SIZE_MB} MB`), told.notice?.message);
  assert.ok(told.notice?.message.includes(command), `the notification shows the command: ${told.notice?.message}`);
}

describe('A user list above 50 MB, which VS Code does not hand to extensions', function () {
  this.timeout(2 * DEADLINE_MS);
  const workbench = () => vscode.workspace.getConfiguration('workbench');
  const written: vscode.Uri[] = [];

  before(async () => {
    await activeExtension();
  });

  afterEach(closeAllEditors);

  after(async () => {
    await workbench().update('editorLargeFileConfirmation', undefined, vscode.ConfigurationTarget.Workspace);
    for (const uri of written) fs.rmSync(path.dirname(uri.fsPath), { recursive: true, force: true });
  });

  it('is not loaded (above workbench.editorLargeFileConfirmation): its tab alone brings one notice, not repeated on reopening', async () => {
    const uri = writeLargeUserList('large-not-loaded.csv');
    written.push(uri);
    const { openedDocuments } = await openAsUser(uri);
    assert.equal(openedDocuments, 0, 'no onDidOpenTextDocument');
    assert.equal(hasTextDocument(uri), false, 'not in workspace.textDocuments');
    assert.equal(textTabs(uri).length, 1, 'one text tab for the file');
    await assertOneNotice(uri);

    await closeAllEditors();
    await openAsUser(uri);
    assert.equal((await measured(uri)).announcements, 1, 'still one notification for this file');
  });

  it('opened in the text editor (confirmation limit raised, as for local files on desktop): still no text document, one notice', async () => {
    await workbench().update('editorLargeFileConfirmation', 1024, vscode.ConfigurationTarget.Workspace);
    const uri = writeLargeUserList('large-loaded.csv');
    written.push(uri);
    const { openedDocuments } = await openAsUser(uri);
    assert.equal(openedDocuments, 0, 'no onDidOpenTextDocument for a model above 50 MB');
    assert.equal(hasTextDocument(uri), false, 'not in workspace.textDocuments');
    assert.equal(vscode.window.activeTextEditor, undefined, 'no text editor is reported for it');
    assert.equal(textTabs(uri).length, 1, 'one text tab for the file');
    await assertOneNotice(uri);
  });

  it('with cyberguru.lint.maxFileSizeMB raised above 50: still one notice, saying VS Code does not hand the file over', async () => {
    const lint = vscode.workspace.getConfiguration('cyberguru.lint');
    await lint.update('maxFileSizeMB', 100, vscode.ConfigurationTarget.Workspace);
    try {
      const uri = writeLargeUserList('large-within-setting.csv');
      written.push(uri);
      const { openedDocuments } = await openAsUser(uri);
      assert.equal(openedDocuments, 0, 'no onDidOpenTextDocument');
      await assertOneNotice(uri);
      const told = await measured(uri);
      assert.ok(told.notice?.message.includes('more than VS Code hands to extensions (50 MB)'), told.notice?.message);
    } finally {
      await lint.update('maxFileSizeMB', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('a small user list opened the same way is handed over, linted, and gets no such notice', async () => {
    const uri = writeWorkspaceFile('small-list.csv', HEADER + ROW.repeat(20));
    written.push(uri);
    const linted = diagnosticsWhen(uri, (diagnostics) => diagnostics.length > 0);
    const { openedDocuments } = await openAsUser(uri);
    assert.equal(openedDocuments, 1, 'its text document reaches extensions');
    // The size check comes before the lint, so once diagnostics are shown any notice would have been given.
    await linted;
    const told = await toldSoFar(uri);
    assert.equal(told.tooLarge, false);
    assert.equal(told.announcements, 0, 'no notification');
  });
});
