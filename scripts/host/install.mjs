#!/usr/bin/env node
// Installs code-server (VS Code 1.100.3 in the browser, Node extension host) into .vscode-test/code-server
// without any download outside the npm registry and Debian. Idempotent: a no-op when already installed.
//
// code-server's own postinstall refuses to run as root and fetches from GitHub, so its steps are done
// here by hand: build the native modules against the local Node headers, link Debian's ripgrep, and
// create the links the postinstall would have made.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, lstatSync } from 'node:fs';
import { join } from 'node:path';
import {
  CODE_SERVER_VERSION, VSCODE_VERSION, codeServerDir, codeServerEntry, codeServerPackage, debianPackages, installedMarker,
} from './paths.mjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
// Node's headers ship with Debian's nodejs at /usr/include/node: native modules build with no download.
const buildEnv = { ...process.env, npm_config_nodedir: process.env.npm_config_nodedir || '/usr', npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' };

function run(command, args, cwd, { allowFailure = false } = {}) {
  console.log(`[host-install] (${cwd.replace(codeServerDir, '<code-server>')}) ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd, env: buildEnv, stdio: 'inherit' });
  if (result.status !== 0 && !allowFailure) {
    throw new Error(`${command} ${args.join(' ')} failed with exit code ${result.status ?? result.signal}`);
  }
  return result.status === 0;
}

function missingDebianPackages() {
  return debianPackages.filter((pkg) => {
    const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
    return result.status !== 0 || !result.stdout.includes('install ok installed');
  });
}

function ensureDebianPackages() {
  if (!existsSync('/usr/bin/dpkg-query')) {
    console.warn(`[host-install] Not a Debian system: make sure these (or equivalents) are installed: ${debianPackages.join(' ')}`);
    return;
  }
  const missing = missingDebianPackages();
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`Missing Debian packages: ${missing.join(' ')}\n` +
      `Install them as root:  apt-get update && apt-get install -y ${missing.join(' ')}`);
  }
  run('apt-get', ['update'], process.cwd());
  run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], process.cwd());
}

/** Replaces `path` with a symlink to `target` (relative targets are resolved from the link's folder). */
function link(target, path) {
  try {
    lstatSync(path);
    rmSync(path, { recursive: true, force: true });
  } catch { /* nothing there yet */ }
  symlinkSync(target, path);
}

function installedVersion() {
  if (!existsSync(installedMarker) || !existsSync(codeServerEntry)) return undefined;
  return readFileSync(installedMarker, 'utf8').trim();
}

function install() {
  mkdirSync(codeServerDir, { recursive: true });
  // A private package.json keeps this install out of the project's own dependency tree.
  writeFileSync(join(codeServerDir, 'package.json'), JSON.stringify({ name: 'vscode-test-host', private: true }, null, 2) + '\n');
  run(npm, ['install', '--no-save', '--ignore-scripts', `code-server@${CODE_SERVER_VERSION}`], codeServerDir);
  // argon2's prebuilt binary is downloaded from GitHub; build it from source instead.
  run(npm, ['rebuild', 'argon2'], codeServerDir);

  const vscodeDir = join(codeServerPackage, 'lib', 'vscode');
  run(npm, ['install', '--omit=dev', '--ignore-scripts'], vscodeDir);
  run(npm, ['rebuild', 'kerberos', '@vscode/spdlog', '@vscode/deviceid', 'native-watchdog'], vscodeDir);
  // node-pty's last rebuild step fails harmlessly once its binary exists; check the binary instead.
  run(npm, ['rebuild', 'node-pty'], vscodeDir, { allowFailure: true });
  const ptyBinary = join(vscodeDir, 'node_modules', 'node-pty', 'build', 'Release', 'pty.node');
  if (!existsSync(ptyBinary)) throw new Error(`node-pty did not build: ${ptyBinary} is missing`);

  // @vscode/ripgrep's postinstall downloads rg from GitHub: use Debian's instead.
  const rgBin = join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
  mkdirSync(rgBin, { recursive: true });
  link('/usr/bin/rg', join(rgBin, 'rg'));

  // The remaining steps of code-server's postinstall.
  link('node_modules', join(vscodeDir, 'node_modules.asar'));
  link('code-linux.sh', join(vscodeDir, 'bin', 'remote-cli', 'code-server'));
  link('browser-linux.sh', join(vscodeDir, 'bin', 'helpers', 'browser.sh'));
  run(npm, ['install', '--omit=dev'], join(vscodeDir, 'extensions'));

  // code-server writes a default config and logs under the XDG dirs even for --version: keep them out of ~.
  const scratch = join(codeServerDir, 'xdg');
  const xdg = { XDG_CONFIG_HOME: join(scratch, 'config'), XDG_DATA_HOME: join(scratch, 'data'), XDG_CACHE_HOME: join(scratch, 'cache') };
  const version = spawnSync(process.execPath, [codeServerEntry, '--version'], { encoding: 'utf8', env: { ...process.env, ...xdg } });
  if (version.status !== 0 || !version.stdout.includes(CODE_SERVER_VERSION) || !version.stdout.includes(VSCODE_VERSION)) {
    throw new Error(`code-server --version did not report ${CODE_SERVER_VERSION} / Code ${VSCODE_VERSION}:\n${version.stdout}${version.stderr}`);
  }
  console.log(`[host-install] ${version.stdout.trim()}`);
  writeFileSync(installedMarker, `${CODE_SERVER_VERSION}\n`);
}

try {
  ensureDebianPackages();
  if (installedVersion() === CODE_SERVER_VERSION) {
    console.log(`[host-install] code-server ${CODE_SERVER_VERSION} (VS Code ${VSCODE_VERSION}) already installed in .vscode-test/code-server`);
  } else {
    const started = Date.now();
    install();
    console.log(`[host-install] installed in ${Math.round((Date.now() - started) / 1000)} s`);
  }
} catch (err) {
  console.error(`[host-install] ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
