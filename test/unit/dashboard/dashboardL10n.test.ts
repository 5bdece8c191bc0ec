// Every string of the dashboard (panel and page words) has an Italian translation with the same placeholders.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..', '..');
const placeholders = (text: string) => [...text.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort();

describe('dashboard translations', () => {
  const dir = join(root, 'src', 'dashboard');
  const messages = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    for (const match of readFileSync(join(dir, file), 'utf8').matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) messages.add(match[1]!.replace(/\\'/g, "'"));
  }
  const italian: Record<string, string> = JSON.parse(readFileSync(join(root, 'l10n', 'it', 'dashboard.json'), 'utf8'));

  it('translates every message, keeping its placeholders, with no stale entries', () => {
    assert.ok(messages.size >= 20, `found ${messages.size}`);
    assert.deepEqual([...messages].filter((m) => !(m in italian)), []);
    for (const m of messages) assert.deepEqual(placeholders(italian[m]!), placeholders(m), m);
    assert.deepEqual(Object.keys(italian).filter((k) => !messages.has(k)), []);
  });

  it('has an Italian title for the dashboard and history commands', () => {
    const it: Record<string, string> = JSON.parse(readFileSync(join(root, 'package.nls.it.json'), 'utf8'));
    for (const key of ['command.showDashboard', 'command.switchConnection', 'command.exportSnapshot', 'config.report.historyRetentionDays']) assert.ok(it[key], key);
  });
});
