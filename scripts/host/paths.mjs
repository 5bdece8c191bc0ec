// Where the test host lives inside the project. Everything here is git-ignored (.vscode-test/).
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CODE_SERVER_VERSION = '4.100.3';
export const VSCODE_VERSION = '1.100.3';
export const hostRoot = join(repoRoot, '.vscode-test');
export const codeServerDir = join(hostRoot, 'code-server');
export const codeServerPackage = join(codeServerDir, 'node_modules', 'code-server');
export const codeServerEntry = join(codeServerPackage, 'out', 'node', 'entry.js');
/** Written last by install.mjs, so its presence means every install step finished. */
export const installedMarker = join(codeServerDir, `.installed-${CODE_SERVER_VERSION}`);
export const runsRoot = join(hostRoot, 'runs');
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
/** Debian packages the host needs: Kerberos headers (native module), ripgrep (search), Chromium (browser). */
export const debianPackages = ['libkrb5-dev', 'ripgrep', 'chromium', 'chromium-driver'];
