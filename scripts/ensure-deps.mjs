#!/usr/bin/env node
// Runs before `npm start` and `npm test` (npm's pre-scripts) so both work on a fresh clone: installs the
// locked npm packages when node_modules is missing or older than package-lock.json. Uses only Node built-ins,
// because on a fresh clone nothing else is installed yet.
import { existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const installedLock = join(root, 'node_modules', '.package-lock.json');
const lock = join(root, 'package-lock.json');

const upToDate = existsSync(installedLock) && statSync(installedLock).mtimeMs >= statSync(lock).mtimeMs;
if (!upToDate) {
  console.log('Installing npm packages (npm ci)...');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('npm ci failed: see the messages above (Node 20 and access to the npm registry are needed).');
    process.exit(result.status ?? 1);
  }
}
