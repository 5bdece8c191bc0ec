// Installs the VS Code host on first use, so `npm test` and `npm start` work right after `npm ci`.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { hostInstalled } from './codeServer.mjs';
import { repoRoot } from './paths.mjs';

export function ensureHostInstalled() {
  if (hostInstalled()) return;
  console.log('[host] VS Code test host not installed yet: installing it into .vscode-test/ (a few minutes, once)...');
  const result = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'host', 'install.mjs')], { stdio: 'inherit' });
  if (result.status !== 0 || !hostInstalled()) throw new Error('installing the VS Code test host failed (see above).');
}
