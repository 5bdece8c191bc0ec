// Configuration for @vscode/test-cli (`npx vscode-test`) on a machine with desktop VS Code: it runs the
// compiled integration suites in VS Code 1.100.3 with this extension loaded. Install the CLI once with
// `npm install --no-save @vscode/test-cli`, build with `node esbuild.mjs --tests`, then `npx vscode-test`.
// (Without desktop VS Code, `npm run test:integration` runs the same suites in code-server.)
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Tests may edit files: they get a copy of the demo workspace.
const workspaceFolder = mkdtempSync(join(tmpdir(), 'cyberguru-integration-'));
cpSync('samples', workspaceFolder, { recursive: true });

export default {
  label: 'integration',
  files: 'out/test/integration/suite/**/*.test.js',
  version: '1.100.3',
  workspaceFolder,
  launchArgs: ['--disable-extensions', '--disable-workspace-trust'],
  mocha: { ui: 'bdd', timeout: 15000 },
};
