// The workbench URL that opens a folder with this extension in development mode, and optionally runs an
// extension test index in the extension host (the same "payload" desktop VS Code gets from its CLI).
// With `extensionDevelopmentPath: null` the window runs only the extensions installed in the host.
import { repoRoot } from './paths.mjs';

/**
 * @param {string} baseUrl  http://127.0.0.1:PORT as the browser sees it (the remote authority must match)
 * @param {{ workspace: string, extensionTestsPath?: string, extensionDevelopmentPath?: string | null }} options
 */
export function workbenchUrl(baseUrl, { workspace, extensionTestsPath, extensionDevelopmentPath = repoRoot }) {
  const authority = new URL(baseUrl).host;
  const remote = (path) => `vscode-remote://${authority}${path}`;
  const payload = [
    ...(extensionDevelopmentPath ? [['extensionDevelopmentPath', remote(extensionDevelopmentPath)]] : []),
    ...(extensionTestsPath ? [['extensionTestsPath', remote(extensionTestsPath)]] : []),
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
  ];
  return `${baseUrl}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}
