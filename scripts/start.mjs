#!/usr/bin/env node
// `npm start`: builds the extension, starts the Cyber Guru API emulator with demo data, and opens VS Code
// 1.100.3 (code-server, in your browser) with the extension loaded on a fresh copy of the demo workspace
// (samples/). Prints the URL and the demo sign-in values. Ctrl-C stops everything it started.
//
//   npm start [-- --port 8080]
import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from './host/paths.mjs';
import { ensureHostInstalled } from './host/ensureInstalled.mjs';
import { startCodeServer, freePort } from './host/codeServer.mjs';
import { workbenchUrl } from './host/workbenchUrl.mjs';
import { startDemoEmulator } from './host/emulator.mjs';
import { runCleanups } from './host/processes.mjs';

const DEFAULT_PORT = 8080;

async function portIsFree(port) {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const server = createServer().once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

function build() {
  console.log('Building the extension (esbuild)...');
  const result = spawnSync(process.execPath, [join(repoRoot, 'esbuild.mjs'), '--tests'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the build failed (see above).');
}

async function main() {
  const { values } = parseArgs({ options: { port: { type: 'string' } } });
  build();
  ensureHostInstalled();

  const emulator = await startDemoEmulator();
  // --port 0 (or a busy 8080) picks a free port.
  const wanted = values.port !== undefined ? Number(values.port) : DEFAULT_PORT;
  const port = wanted > 0 && (await portIsFree(wanted)) ? wanted : await freePort();
  const host = await startCodeServer({ workspace: repoRoot, label: 'demo', port });
  // A fresh copy each time: the demo always starts with the sample mistakes, and samples/ stays clean.
  const workspace = join(host.run.dir, 'demo-workspace');
  cpSync(join(repoRoot, 'samples'), workspace, { recursive: true });

  const lines = [
    '',
    'Cyber Guru User Lists: demo running in VS Code 1.100.3 (code-server)',
    '',
    `  Open:      ${workbenchUrl(host.url, { workspace })}`,
    `  Workspace: ${workspace} (a fresh copy of samples/, deleted on exit)`,
  ];
  if (emulator) {
    lines.push(
      '',
      '  Cyber Guru API emulator (demo data) is running. In the Cyber Guru view, "Connect to Cyber Guru" with:',
      '    Name:          any you like, e.g. "Demo staging" (empty: the tenant)',
      `    Tenant:        ${emulator.tenant}`,
      `    API base URL:  ${emulator.url}`,
      `    Login URL:     ${emulator.url}`,
      `    Client secret: ${emulator.clientSecret}   (demo value accepted only by the local emulator)`,
      `    Teams:         ${emulator.teams.join(', ')}`,
    );
  } else {
    lines.push('', '  (No API emulator in this build: the sidebar cannot connect; linting works.)');
  }
  lines.push('', 'Open users-broken.csv in the Explorer to see the linter at work. Press Ctrl-C to stop everything.', '');
  console.log(lines.join('\n'));
  // Stay up until Ctrl-C (handled in processes.mjs); if code-server dies on its own, stop the rest too.
  await new Promise((resolve) => {
    const timer = setInterval(() => {
      try {
        process.kill(host.pid, 0);
      } catch {
        clearInterval(timer);
        resolve();
      }
    }, 1000);
  });
  console.error('code-server stopped unexpectedly.');
  await runCleanups();
  process.exitCode = 1;
}

try {
  await main();
} catch (err) {
  console.error(`npm start failed: ${err instanceof Error ? err.message : String(err)}`);
  await runCleanups();
  process.exitCode = 1;
}
