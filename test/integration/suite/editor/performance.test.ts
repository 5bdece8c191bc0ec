// A 100,000-row user list (about 9 MB): one keystroke to updated diagnostics, measured inside the
// extension host by the extension itself (it times each synchronous block of its own work).
import * as assert from 'node:assert/strict';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { LintTimings } from '../../../../src/editor/documentLinter';
import { closeAllEditors, codeOf, diagnosticsWhen, openAndLint, writeWorkspaceFile } from './helpers';

const ROWS = 100_000;
const LANGUAGES = ['it', 'en', 'fr', 'de', 'es'];
const COUNTRIES = ['IT', 'GB', 'FR', 'DE', 'ES'];
const ROLES = ['studente', 'teamleader', 'supervisor'];

function bigUserList(): string {
  const lines = ['First Name,Last Name,Email,Language,Username,Country,roles,Department'];
  for (let i = 0; i < ROWS; i++) {
    lines.push(`Name${i},Surname${i},user${i}.surname@company-example.com,${LANGUAGES[i % 5]},EMP${String(i).padStart(6, '0')},${COUNTRIES[i % 5]},${ROLES[i % 3]},Dept_${i % 40}`);
  }
  return lines.join('\n') + '\n';
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const format = (t: LintTimings) =>
  `first update ${ms(t.firstUpdateMs)} (host busy ${ms(t.firstUpdateBusyMs)}, CPU ${ms(t.firstUpdateCpuMs)}, ${t.firstUpdateWasPreview ? 'row preview' : 'full lint'}); ` +
  `full lint ${ms(t.triggerToDiagnosticsMs)}: busy ${ms(t.busyMs)} (CPU ${ms(t.busyCpuMs)}) in ${t.blocks} blocks, ` +
  `longest block ${ms(t.longestBlockMs)} (${t.longestBlockPhase}; longest CPU ${ms(t.longestBlockCpuMs)}); times after the ${t.debounceMs} ms typing pause`;

describe('Linting a 100,000-row user list while typing', function () {
  this.timeout(180000);
  after(closeAllEditors);

  it('updates diagnostics within 150 ms of extension-host time per keystroke, never blocking the host 50 ms', async () => {
    const text = bigUserList();
    const uri = writeWorkspaceFile('big-100k.csv', text);
    const { editor, diagnostics } = await openAndLint(uri);
    assert.deepEqual(diagnostics, [], 'the generated list is clean');
    const onOpen = await vscode.commands.executeCommand<LintTimings>('cyberguru.internal.lintTimings', uri);
    assert.equal(onOpen.characters, text.length);
    console.log(`      open (${(text.length / 1e6).toFixed(1)} MB, ${ROWS} rows): ${format(onOpen)}`);

    // One keystroke in the middle of the file: "it" becomes "itx" (not a language code).
    const line = 50_001;
    const column = editor.document.lineAt(line).text.indexOf(',it,') + 3;
    assert.ok(column > 3, 'row 50,001 has the language "it"');
    editor.selection = new vscode.Selection(line, column, line, column);
    // Whatever runs in this extension host (this extension's other features too) shows up here.
    const eventLoop = monitorEventLoopDelay({ resolution: 10 });
    eventLoop.enable();
    const typedAt = performance.now();
    await vscode.commands.executeCommand('type', { text: 'x' });
    const [typo] = await diagnosticsWhen(uri, (ds) => ds.some((d) => codeOf(d) === 'CG207'));
    const observedMs = performance.now() - typedAt;
    assert.deepEqual(typo.range, new vscode.Range(line, column - 2, line, column + 1));

    const keystroke = await vscode.commands.executeCommand<LintTimings>('cyberguru.internal.lintTimings', uri);
    eventLoop.disable();
    console.log(`      keystroke: ${format(keystroke)}; the test saw the diagnostic ${ms(observedMs)} after typing`);
    console.log(`      longest event-loop delay of the whole extension host from the keystroke to the full lint: ${ms(eventLoop.max / 1e6)}`);
    const final = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'cyberguru');
    assert.deepEqual(final.map(codeOf), ['CG207'], 'after the full lint: exactly the typo');
    // Budgets are checked on CPU time: on a shared, loaded machine wall time also counts the moments the
    // OS ran other processes. Both are printed above.
    assert.ok(keystroke.longestBlockCpuMs < 50, `longest synchronous block ${ms(keystroke.longestBlockCpuMs)} CPU`);
    assert.ok(keystroke.firstUpdateCpuMs < 150, `extension-host CPU time to updated diagnostics ${ms(keystroke.firstUpdateCpuMs)}`);
  });
});
