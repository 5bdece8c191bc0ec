// Hovering a header cell says which platform field it becomes; hovering a code names it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { countryName, languageName } from '../../../../src/lint';
import { closeAllEditors, openAndLint, writeWorkspaceFile } from './helpers';

async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

describe('Hovers on a user list', function () {
  this.timeout(30000);
  after(closeAllEditors);

  const list = 'Nome,Cognome,E-mail,Lingua,Username,Paese,roles,Reparto\nAnna,Ferrari,anna@example.com,it,AF001,IT,studente,Vendite\n';

  it('a header cell shows the platform field it maps to and the values it accepts', async () => {
    const uri = writeWorkspaceFile('hover.csv', list);
    await openAndLint(uri);
    const language = await hoverText(uri, new vscode.Position(0, list.indexOf('Lingua') + 2));
    assert.match(language, /maps to the platform field \*\*Language\*\*/);
    assert.match(language, /ISO 639-1/);
    const organization = await hoverText(uri, new vscode.Position(0, list.indexOf('Reparto') + 1));
    assert.match(organization, /organization column/);
  });

  it('a language or country code shows its name in the display language', async () => {
    const uri = writeWorkspaceFile('hover-codes.csv', list);
    await openAndLint(uri);
    const row = list.split('\n')[1];
    const language = await hoverText(uri, new vscode.Position(1, row.indexOf(',it,') + 2));
    const country = await hoverText(uri, new vscode.Position(1, row.indexOf(',IT,') + 2));
    const italian = languageName('it', vscode.env.language);
    const italy = countryName('IT', vscode.env.language);
    assert.ok(italian && italy, `the engine names both codes in ${vscode.env.language}`);
    assert.ok(language.includes(italian), `${language} names ${italian}`);
    assert.ok(country.includes(italy), `${country} names ${italy}`);
  });
});
