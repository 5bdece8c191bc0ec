// Runs in a host started in Italian (`run-integration.mjs --locale it`, with the stand-in language pack
// from test/fixtures/locale-it-pack): what an Italian administrator sees. VS Code then loads the
// extension's l10n/bundle.l10n.it.json (built from l10n/it/*.json) and package.nls.it.json.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { lintText, parseConfig } from '../../../src/lint';

const EXTENSION_ID = 'cyberguru-admin-tools.cyberguru-userlist';
/** One user whose language is written out in Italian instead of the ISO code: CG207. */
const USER_LIST = 'First Name,Last Name,Email,Language,Username,Country,roles\nAnna,Ferrari,anna.ferrari@company.com,Italiano,E1001,IT,studente\n';
const PROBLEM_CODE = 'CG207';

type LocalizedTitle = string | { value: string; original: string };

function extension(): vscode.Extension<unknown> {
  const found = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(found, `${EXTENSION_ID} is loaded`);
  return found;
}

function readJson(...parts: string[]): Record<string, string> {
  return JSON.parse(fs.readFileSync(path.join(...parts), 'utf8'));
}

function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace (a copy of samples/) is open');
  return folder.uri;
}

function codeOf(diagnostic: vscode.Diagnostic): string {
  return typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code);
}

/** The file's diagnostics with `code`, once there are some (checked now and on each change event). */
function diagnosticsWithCode(uri: vscode.Uri, code: string): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve) => {
    const found = () => vscode.languages.getDiagnostics(uri).filter((d) => codeOf(d) === code);
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((u) => u.toString() === uri.toString()) || found().length === 0) return;
      subscription.dispose();
      resolve(found());
    });
    if (found().length > 0) {
      subscription.dispose();
      resolve(found());
    }
  });
}

function format(template: string, args: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in args ? String(args[name]) : whole));
}

describe('Italian display language', function () {
  this.timeout(30000);
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('VS Code runs in Italian (vscode.env.language)', () => {
    assert.equal(vscode.env.language, 'it');
  });

  it(`a ${PROBLEM_CODE} problem is shown with its Italian message from l10n/it/rules.json`, async () => {
    const folder = vscode.Uri.joinPath(workspaceRoot(), 'italian');
    fs.mkdirSync(folder.fsPath, { recursive: true });
    const uri = vscode.Uri.joinPath(folder, 'utenti.csv');
    fs.writeFileSync(uri.fsPath, USER_LIST);
    const configFile = path.join(workspaceRoot().fsPath, '.cyberguru.json');
    const config = fs.existsSync(configFile) ? parseConfig(fs.readFileSync(configFile, 'utf8')).config : {};
    const problem = lintText(USER_LIST, { config }).problems.find((p) => p.code === PROBLEM_CODE);
    assert.ok(problem, `the engine reports ${PROBLEM_CODE} for the sample`);
    const italianTemplate = readJson(extension().extensionPath, 'l10n', 'it', 'rules.json')[problem.template];
    assert.ok(italianTemplate, `l10n/it/rules.json translates "${problem.template}"`);

    const waiting = diagnosticsWithCode(uri, PROBLEM_CODE);
    await vscode.window.showTextDocument(uri);
    const [diagnostic] = await waiting;
    assert.equal(diagnostic.message, format(italianTemplate, problem.args));
    assert.notEqual(diagnostic.message, problem.message, 'the message is not the English one');
  });

  it('command titles are the Italian ones from package.nls.it.json', () => {
    const root = extension().extensionPath;
    const italian = readJson(root, 'package.nls.it.json');
    const english = readJson(root, 'package.nls.json');
    // A localized manifest carries each title as { value: shown text, original: English }.
    const commands = (extension().packageJSON as { contributes: { commands: { command: string; title: LocalizedTitle }[] } }).contributes.commands;
    const lintWorkspace = commands.find((c) => c.command === 'cyberguru.lintWorkspace');
    assert.ok(lintWorkspace, 'the extension contributes cyberguru.lintWorkspace');
    assert.deepEqual(lintWorkspace.title, { value: italian['command.lintWorkspace'], original: english['command.lintWorkspace'] });
    assert.notEqual(italian['command.lintWorkspace'], english['command.lintWorkspace']);
    const notItalian = commands
      .filter((c) => typeof c.title === 'string' || !Object.values(italian).includes(c.title.value))
      .map((c) => `${c.command}: ${JSON.stringify(c.title)}`);
    assert.deepEqual(notItalian, [], 'every command title the Command Palette shows is Italian');
  });
});
