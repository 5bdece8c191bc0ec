// With the display language set to Italian, VS Code shows package.nls.it.json for the manifest
// (commands, settings) and l10n/bundle.l10n.it.json for every vscode.l10n.t() string. These tests prove
// both bundles are complete for what the editor shows; an untranslated string would appear in English.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintBytes, parseConfig } from '../../../src/lint';

const root = path.resolve(__dirname, '../../../..');
const readJson = (file: string): Record<string, string> => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));

/** The literal first argument of every vscode.l10n.t(...) call in the editor's sources. */
function editorStrings(): string[] {
  const dir = path.join(root, 'src/editor');
  const call = /l10n\.t\(\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/g;
  const strings = new Set<string>();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const source = fs.readFileSync(path.join(dir, file), 'utf8');
    // The editor's strings use no escapes other than \' and \", so unescaping is one replace.
    for (const match of source.matchAll(call)) strings.add(match[1].slice(1, -1).replace(/\\(.)/g, '$1'));
  }
  return [...strings];
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}|\$\([\w-]+\)/g)].map((m) => m[0]).sort();

describe('Italian localisation', () => {
  it('translates every string the editor shows, keeping its {placeholders} and $(icons)', () => {
    const italian = readJson('l10n/it/editor.json');
    const strings = editorStrings();
    assert.ok(strings.length > 30, `found only ${strings.length} strings: the extraction is broken`);
    const missing = strings.filter((s) => !(s in italian));
    assert.deepEqual(missing, [], 'untranslated editor strings');
    for (const s of strings) assert.deepEqual(placeholders(italian[s]), placeholders(s), `placeholders of "${s}"`);
  });

  it('has no stale Italian entries for strings the editor no longer shows', () => {
    const strings = new Set(editorStrings());
    assert.deepEqual(Object.keys(readJson('l10n/it/editor.json')).filter((k) => !strings.has(k)), []);
  });

  it('translates every manifest string (commands, settings) and every %key% used in package.json resolves', () => {
    const english = readJson('package.nls.json');
    const italian = readJson('package.nls.it.json');
    assert.deepEqual(Object.keys(english).filter((k) => !italian[k]), [], 'keys without Italian');
    const manifest = fs.readFileSync(path.join(root, 'package.json'), 'utf8');
    const used = [...manifest.matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]);
    assert.ok(used.includes('command.lintWorkspace'));
    assert.deepEqual(used.filter((k) => !(k in english)), [], 'keys used in package.json but not defined');
  });

  it('the merged runtime bundle translates every message, fix title and related note the sample lists produce', () => {
    const bundle = readJson('l10n/bundle.l10n.it.json');
    const config = parseConfig(fs.readFileSync(path.join(root, 'samples/.cyberguru.json'), 'utf8')).config;
    const seen = new Set<string>();
    for (const file of fs.readdirSync(path.join(root, 'samples')).filter((f) => f.endsWith('.csv'))) {
      const result = lintBytes(fs.readFileSync(path.join(root, 'samples', file)), { config });
      for (const problem of result.problems) {
        seen.add(problem.template);
        for (const fix of problem.fixes) seen.add(fix.template);
        for (const related of problem.related) seen.add(related.message);
      }
    }
    assert.ok(seen.size > 5, 'the samples should produce many kinds of problems');
    assert.deepEqual([...seen].filter((s) => !bundle[s]), [], 'untranslated runtime strings');
  });
});
