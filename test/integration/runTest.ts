// Runs the integration suites under @vscode/test-electron (2.x, Node 20) on a machine with desktop
// VS Code. It needs a VS Code build: either downloaded by @vscode/test-electron (needs internet) or the
// one installed locally, given as VSCODE_EXECUTABLE_PATH (e.g. /usr/share/code/code).
//
//   node esbuild.mjs --tests && node out/test/integration/runTest.js
//
// On machines without desktop VS Code, `npm run test:integration` runs the same index.ts in code-server.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

const VSCODE_VERSION = '1.100.3';

async function main(): Promise<void> {
  const repoRoot = path.resolve(__dirname, '..', '..', '..');
  // Tests may edit files: they get a copy of the demo workspace.
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'cyberguru-integration-'));
  fs.cpSync(path.join(repoRoot, 'samples'), workspace, { recursive: true });
  try {
    await runTests({
      version: VSCODE_VERSION,
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH || undefined,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.join(__dirname, 'index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
