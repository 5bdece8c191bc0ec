// The contributed grammar, run by the same TextMate engine the workbench uses (vscode-textmate and
// vscode-oniguruma from the running VS Code): header row, delimiters, quotes, alternating column scopes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activeExtension } from './helpers';

interface Token {
  text: string;
  scopes: string[];
}

/* eslint-disable @typescript-eslint/no-require-imports */
async function tokenizer(grammarPath: string): Promise<(text: string) => Token[][]> {
  const modules = path.join(vscode.env.appRoot, 'node_modules');
  const textmate = require(path.join(modules, 'vscode-textmate'));
  const oniguruma = require(path.join(modules, 'vscode-oniguruma'));
  const wasm = fs.readFileSync(path.join(modules, 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async () => textmate.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath),
  });
  const grammar = await registry.loadGrammar('text.csv.cyberguru');
  return (text) => {
    let state = textmate.INITIAL;
    return text.split('\n').map((line) => {
      const result = grammar.tokenizeLine(line, state);
      state = result.ruleStack;
      return result.tokens.map((t: { startIndex: number; endIndex: number; scopes: string[] }) => ({
        text: line.slice(t.startIndex, t.endIndex),
        scopes: t.scopes,
      }));
    });
  };
}

const scopeOf = (tokens: Token[], text: string, part: string) => tokens.find((t) => t.text === text)?.scopes.find((s) => s.includes(part));

describe('CSV grammar', function () {
  this.timeout(30000);
  let tokenize: (text: string) => Token[][];

  before(async () => {
    const extension = await activeExtension();
    const contributed = extension.packageJSON.contributes.grammars.find((g: { language: string }) => g.language === 'csv');
    assert.ok(contributed, 'a grammar is contributed for csv');
    tokenize = await tokenizer(path.join(extension.extensionPath, contributed.path));
  });

  it('marks the header row and gives neighbouring columns different colour scopes, repeating after six', () => {
    const [header, row] = tokenize('a,b,c,d,e,f,g\n1,2,3,4,5,6,7');
    assert.ok(header.find((t) => t.text === 'a')?.scopes.some((s) => s.startsWith('markup.heading')));
    assert.ok(!row.find((t) => t.text === '1')?.scopes.some((s) => s.startsWith('markup.heading')));
    const columnScopes = ['1', '2', '3', '4', '5', '6'].map((c) => scopeOf(row, c, '.column-'));
    assert.equal(new Set(columnScopes).size, 6, columnScopes.join());
    assert.equal(scopeOf(row, '7', '.column-'), columnScopes[0]);
    assert.ok(scopeOf(row, ',', 'punctuation.separator'));
  });

  it('reads a semicolon file by its first line, and a quoted delimiter stays inside its column', () => {
    const [, row] = tokenize('Nome;Cognome;E-mail\nGiulia;"Bianchi; De Luca";g@example.com');
    const quoted = row.filter((t) => /Bianchi|"/.test(t.text));
    assert.equal(new Set(quoted.map((t) => t.scopes.find((s) => s.includes('.column-')))).size, 1, 'one column');
    assert.ok(scopeOf(row, '"', 'punctuation.definition.string'));
    assert.notEqual(scopeOf(row, 'Giulia', '.column-'), scopeOf(row, 'g@example.com', '.column-'));
    assert.equal(row.filter((t) => t.scopes.some((s) => s.startsWith('punctuation.separator'))).length, 2);
  });

  it('keeps a quoted field that spans lines as one string', () => {
    const lines = tokenize('a,b\n1,"first\nsecond, still quoted"');
    assert.ok(lines[2].find((t) => t.text === 'second, still quoted')?.scopes.some((s) => s.startsWith('string.quoted')));
  });
});
