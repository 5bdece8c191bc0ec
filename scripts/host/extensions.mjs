// Extensions installed into one run's host the way a user installs them: the project packaged as a VSIX
// (`npm run package`), and test fixtures (e.g. a stand-in language pack) packed into VSIX files too, then
// `code-server --install-extension` into the run's own extensions dir.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, join } from 'node:path';
import { codeServerEntry, hostRoot, repoRoot } from './paths.mjs';
import { markerEnv } from './processes.mjs';

/** The project's package.json (its displayName is what VS Code shows for the installed extension). */
export function projectManifest() {
  return JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
}

function check(result, what) {
  if (result.status === 0) return;
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-30).join('\n');
  throw new Error(`${what} failed (exit ${result.status ?? result.signal}):\n${output}`);
}

/**
 * A private folder for this process's packages, deleted on exit. Packages never go to the repository
 * root, so a concurrent `npm run package` is not disturbed.
 */
function packagesDir() {
  const dir = join(hostRoot, 'packages', String(process.pid));
  if (!existsSync(dir)) {
    mkdirSync(dir, { recursive: true });
    // 'exit' also follows Ctrl-C and SIGTERM (processes.mjs exits after its cleanups).
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  return dir;
}

/** Runs `npm run package` (scripts/package.mjs) into a private folder; returns { vsix, bytes }. */
export function packageProject() {
  const dir = packagesDir();
  const vsix = join(dir, 'cyberguru-userlist.vsix');
  const result = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'package.mjs'), '--stage', join(dir, 'stage'), '--out', vsix], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  check(result, 'npm run package');
  rmSync(join(dir, 'stage'), { recursive: true, force: true });
  return { vsix, bytes: statSync(vsix).size, summary: result.stdout.trim().split('\n').pop() };
}

/** Packs an extension folder (a test fixture) into a VSIX with vsce; returns its path. */
export function packFixture(folder) {
  const vsix = join(packagesDir(), `${basename(folder)}.vsix`);
  const vsce = join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
  const result = spawnSync(process.execPath, [vsce, 'package', '--allow-missing-repository', '--skip-license', '--out', vsix], {
    cwd: folder,
    encoding: 'utf8',
  });
  check(result, `vsce package in ${folder}`);
  return vsix;
}

/** The folders a run hands to code-server (see codeServer.mjs createRunDir). */
function runPaths(run) {
  return {
    userData: join(run.dir, 'user-data'),
    extensions: join(run.dir, 'extensions'),
    env: {
      ...process.env,
      ...markerEnv(run.id),
      XDG_CONFIG_HOME: join(run.dir, 'xdg-config'),
      XDG_DATA_HOME: join(run.dir, 'xdg-data'),
      XDG_CACHE_HOME: join(run.dir, 'xdg-cache'),
    },
  };
}

/** `code-server --install-extension` for each VSIX, into the run's extensions dir (before the host starts). */
export function installExtensions(run, vsixPaths) {
  if (vsixPaths.length === 0) return;
  const { userData, extensions, env } = runPaths(run);
  const args = [codeServerEntry, '--user-data-dir', userData, '--extensions-dir', extensions];
  for (const vsix of vsixPaths) args.push('--install-extension', vsix);
  check(spawnSync(process.execPath, args, { env, encoding: 'utf8', timeout: 120000 }), `installing ${vsixPaths.map((p) => basename(p)).join(', ')}`);
}

/**
 * Registers the installed language packs the way VS Code's server does after it installs one itself
 * (`languagepacks.json` in the user-data dir, read when a window asks for a display language). The
 * command-line install does not write it (code-server 4.100.3 creates that service lazily there), and
 * without it `--locale it` falls back to English.
 */
export function registerLanguagePacks(run) {
  const { userData, extensions } = runPaths(run);
  const packs = {};
  for (const folder of readdirSync(extensions)) {
    const manifestPath = join(extensions, folder, 'package.json');
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    for (const localization of manifest.contributes?.localizations ?? []) {
      const id = `${manifest.publisher}.${manifest.name}`.toLowerCase();
      const pack = (packs[localization.languageId] ??= { hash: '', extensions: [], translations: {}, label: localization.localizedLanguageName ?? localization.languageName });
      pack.extensions.push({ extensionIdentifier: { id }, version: manifest.version });
      for (const translation of localization.translations) pack.translations[translation.id] = join(extensions, folder, translation.path);
    }
  }
  // Same hash as VS Code's: the translation cache folder changes whenever a pack's version does.
  for (const pack of Object.values(packs)) {
    const hash = createHash('md5');
    for (const { extensionIdentifier, version } of pack.extensions) hash.update(extensionIdentifier.id).update(version);
    pack.hash = hash.digest('hex');
  }
  writeFileSync(join(userData, 'languagepacks.json'), JSON.stringify(packs));
  return Object.keys(packs);
}

/** The stand-in language pack fixture for `locale` (test/fixtures/locale-<locale>-pack), or an error saying there is none. */
export function languagePackFixture(locale) {
  const folder = join(repoRoot, 'test', 'fixtures', `locale-${locale}-pack`);
  if (!existsSync(join(folder, 'package.json'))) {
    throw new Error(`no language pack for locale "${locale}": the host can only show languages with a fixture in test/fixtures/locale-<id>-pack`);
  }
  return folder;
}
