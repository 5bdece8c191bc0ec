// With the display language set to Italian, VS Code loads the extension's package.nls.it.json (command
// titles, settings) and its l10n/bundle.l10n.it.json (everything shown through vscode.l10n.t). The
// display language is fixed when VS Code starts and needs an installed Italian language pack, which this
// offline host does not have; so this suite checks, in the running host, that the installed extension
// carries Italian for everything it is showing right now. In an Italian host it checks the shown text.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { lintBytes } from '../../../../src/lint';
import { activeExtension, closeAllEditors, openAndLint, workspaceConfig, writeWorkspaceFile } from './helpers';

function format(template: string, args: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in args ? String(args[name]) : whole));
}

describe('Italian', function () {
  this.timeout(30000);
  after(closeAllEditors);

  it('every diagnostic shown for the broken sample has an Italian message, and in Italian it is shown in Italian', async () => {
    const extension = await activeExtension();
    assert.equal(extension.packageJSON.l10n, './l10n');
    const bundle: Record<string, string> = JSON.parse(fs.readFileSync(path.join(extension.extensionPath, 'l10n', 'bundle.l10n.it.json'), 'utf8'));
    const bytes = fs.readFileSync(path.join(extension.extensionPath, 'samples', 'users-broken.csv'));
    const { diagnostics } = await openAndLint(writeWorkspaceFile('italiano.csv', bytes));
    const problems = lintBytes(bytes, { config: workspaceConfig() }).problems;
    assert.equal(diagnostics.length, problems.length);
    const italian = vscode.env.language.startsWith('it');
    problems.forEach((problem, i) => {
      const translation = bundle[problem.template];
      assert.ok(translation, `Italian for "${problem.template}"`);
      assert.equal(diagnostics[i].message, italian ? format(translation, problem.args) : problem.message);
    });
  });

  it('every command the extension contributes has an Italian title', async () => {
    const extension = await activeExtension();
    const italianNls: Record<string, string> = JSON.parse(fs.readFileSync(path.join(extension.extensionPath, 'package.nls.it.json'), 'utf8'));
    const manifest = JSON.parse(fs.readFileSync(path.join(extension.extensionPath, 'package.json'), 'utf8'));
    for (const command of manifest.contributes.commands as { command: string; title: string }[]) {
      const key = command.title.replace(/^%|%$/g, '');
      assert.ok(command.title.startsWith('%') && italianNls[key], `${command.command} has an Italian title`);
    }
  });
});
