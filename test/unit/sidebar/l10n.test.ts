// Every runtime string of the sidebar has an Italian translation with the same placeholders, and every
// manifest string the sidebar contributes is in package.nls.it.json.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..', '..');

function sidebarSources(): string[] {
  const dir = join(root, 'src', 'sidebar');
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, f.toString()))
    .filter((f) => f.endsWith('.ts'));
}

/** The message literals passed to vscode.l10n.t (single-quoted, possibly on the next line). */
function messages(): Set<string> {
  const found = new Set<string>();
  for (const file of sidebarSources()) {
    for (const match of readFileSync(file, 'utf8').matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) found.add(match[1]!.replace(/\\'/g, "'"));
  }
  return found;
}

const placeholders = (text: string) => [...text.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort();

describe('sidebar translations', () => {
  const italian: Record<string, string> = JSON.parse(readFileSync(join(root, 'l10n', 'it', 'sidebar.json'), 'utf8'));

  it('translates every message of src/sidebar into Italian, keeping its placeholders', () => {
    const all = messages();
    assert.ok(all.size > 50, `found ${all.size} messages`);
    const missing = [...all].filter((m) => !(m in italian));
    assert.deepEqual(missing, []);
    for (const message of all) assert.deepEqual(placeholders(italian[message]!), placeholders(message), message);
  });

  it('has no stale entries', () => {
    const all = messages();
    assert.deepEqual(Object.keys(italian).filter((k) => !all.has(k)), []);
  });

  it('has an Italian title for every sidebar command, view and setting in the manifest', () => {
    const english: Record<string, string> = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8'));
    const it: Record<string, string> = JSON.parse(readFileSync(join(root, 'package.nls.it.json'), 'utf8'));
    const keys = Object.keys(english).filter((k) => /^(command\.(signIn|signOut|refreshReport|filterReport|clearReportFilter|sortReport|exportReport|addTeam|removeTeam|loadMoreUsers|compareWithUserList)|view|viewsContainer|viewsWelcome|config\.report)/.test(k));
    assert.ok(keys.length >= 16);
    assert.deepEqual(keys.filter((k) => !it[k]), []);
  });
});
