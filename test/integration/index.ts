// Extension-test entry point in the standard `run()` shape: the same file runs inside code-server's
// extension host (scripts/host/run-integration.mjs) and under @vscode/test-electron (runTest.ts).
import * as path from 'node:path';
import * as fs from 'node:fs';
import { format } from 'node:util';
import * as vscode from 'vscode';
import Mocha from 'mocha';

/** Set by the runner to run another compiled suite folder (the runner's own self-test uses it). */
const SUITE_DIR_VARIABLE = 'CYBERGURU_INTEGRATION_SUITE_DIR';
/** Set by the runner when its terminal shows colours; @vscode/test-electron leaves it unset. */
const COLOR_VARIABLE = 'CYBERGURU_INTEGRATION_COLOR';

function testFilesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true })
    .map((entry) => path.join(dir, entry.toString()))
    .filter((file) => file.endsWith('.test.js'))
    .sort();
}

export function run(): Promise<void> {
  const suiteDir = process.env[SUITE_DIR_VARIABLE] || path.join(__dirname, 'suite');
  console.log(`Integration tests running inside VS Code ${vscode.version} (${vscode.env.appName}, extension host on Node ${process.versions.node})`);
  // Hosts that forward console arguments unformatted would print mocha's '%s' templates: format here.
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(format(...args));
  const mocha = new Mocha({
    ui: 'bdd',
    color: process.env[COLOR_VARIABLE] === '1',
    timeout: 15000,
    grep: process.env.MOCHA_GREP || undefined,
  });
  for (const file of testFilesUnder(suiteDir)) mocha.addFile(file);
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => {
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed.`));
        else resolve();
      });
    } catch (err) {
      reject(err);
    }
  });
}
