// Starts code-server (VS Code 1.100.3) on 127.0.0.1 for one run: free port, fresh user-data dir and XDG
// dirs under .vscode-test/runs/<id>/, its own process group, and a guaranteed stop.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { CODE_SERVER_VERSION, codeServerEntry, installedMarker, runsRoot } from './paths.mjs';
import { markerEnv, onCleanup, stopGroup, trackGroup, assertNoLeftovers } from './processes.mjs';
import { installExtensions, registerLanguagePacks } from './extensions.mjs';

/** A port the OS says is free right now on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export function hostInstalled() {
  return existsSync(installedMarker) && existsSync(codeServerEntry) &&
    readFileSync(installedMarker, 'utf8').trim() === CODE_SERVER_VERSION;
}

/**
 * User settings for every run: an offline, quiet workbench (no marketplace queries, no tips or
 * walkthroughs) so tests and screenshots show only what the extension does.
 */
export const HOST_USER_SETTINGS = {
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'chat.commandCenter.enabled': false,
  'git.enabled': false,
};

/** Failed runs keep their folder for a look; only the newest few of those are kept. */
const KEPT_FINISHED_RUNS = 5;

/** Deletes folders of finished runs (their harness process is gone) beyond the newest KEPT_FINISHED_RUNS. */
function pruneFinishedRuns() {
  if (!existsSync(runsRoot)) return;
  const finished = readdirSync(runsRoot)
    .filter((name) => {
      try {
        process.kill(Number(readFileSync(join(runsRoot, name, 'owner.pid'), 'utf8')), 0);
        return false;
      } catch {
        return true;
      }
    })
    .sort((a, b) => statSync(join(runsRoot, b)).mtimeMs - statSync(join(runsRoot, a)).mtimeMs);
  for (const name of finished.slice(KEPT_FINISHED_RUNS)) rmSync(join(runsRoot, name), { recursive: true, force: true });
}

/** A fresh folder for one run: user data (with settings), extensions, XDG config/data/cache, logs. */
export function createRunDir(label, settings = {}) {
  pruneFinishedRuns();
  const id = `${label}-${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}`;
  const dir = join(runsRoot, id);
  for (const sub of ['user-data/User', 'extensions', 'xdg-config', 'xdg-data', 'xdg-cache']) mkdirSync(join(dir, sub), { recursive: true });
  writeFileSync(join(dir, 'owner.pid'), String(process.pid));
  writeFileSync(join(dir, 'user-data', 'User', 'settings.json'), JSON.stringify({ ...HOST_USER_SETTINGS, ...settings }, null, 2) + '\n');
  return { id, dir };
}

async function waitForHealthz(baseUrl, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`code-server exited during start-up (${child.exitCode ?? child.signalCode})`);
    }
    try {
      const response = await fetch(`${baseUrl}/healthz`);
      if (response.ok) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`code-server did not answer ${baseUrl}/healthz within ${timeoutMs} ms`);
}

/**
 * Starts code-server for `workspace`. Returns { url, port, run, logFile, stop() }; stop() kills the whole
 * process group, checks that nothing of the run is left, and (unless keepRunDir) deletes the run folder.
 * The stop is also registered to run on exit, Ctrl-C and SIGTERM.
 * `extensions`: VSIX files installed into the run's fresh extensions dir first, as a user installs them.
 * `locale`: the display language (`--locale`); a language other than English needs its language pack
 * among `extensions`. `workspaceTrust`: keep workspace trust on, so the workspace opens untrusted.
 */
export async function startCodeServer({ workspace, label = 'run', port, env = {}, settings = {}, extensions = [], locale, workspaceTrust = false, startTimeoutMs = 30000, quiet = true }) {
  if (!hostInstalled()) {
    throw new Error('The VS Code test host is not installed: run `node scripts/host/install.mjs` (or `npm run host:install`).');
  }
  const run = createRunDir(label, settings);
  try {
    installExtensions(run, extensions);
    if (locale && !locale.startsWith('en') && !registerLanguagePacks(run).some((id) => locale === id || locale.startsWith(`${id}-`))) {
      throw new Error(`display language "${locale}" requested, but no installed extension is a language pack for it`);
    }
  } catch (err) {
    rmSync(run.dir, { recursive: true, force: true });
    throw err;
  }
  const chosenPort = port ?? (await freePort());
  const logFile = join(run.dir, 'code-server.log');
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, [
    codeServerEntry,
    '--bind-addr', `127.0.0.1:${chosenPort}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    // With workspaceTrust, a new folder opens in Restricted Mode (untrusted), as a cloned repository does.
    ...(workspaceTrust ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    '--user-data-dir', join(run.dir, 'user-data'),
    '--extensions-dir', join(run.dir, 'extensions'),
    ...(locale ? ['--locale', locale] : []),
    workspace,
  ], {
    // detached = setsid(): code-server, its extension hosts and file watchers share one new process group.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      ...env,
      ...markerEnv(run.id),
      XDG_CONFIG_HOME: join(run.dir, 'xdg-config'),
      XDG_DATA_HOME: join(run.dir, 'xdg-data'),
      XDG_CACHE_HOME: join(run.dir, 'xdg-cache'),
    },
  });
  trackGroup(child.pid);
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  if (!quiet) {
    child.stdout.pipe(process.stdout, { end: false });
    child.stderr.pipe(process.stderr, { end: false });
  }

  let stopped;
  const stop = ({ keepRunDir = false } = {}) => {
    stopped ??= (async () => {
      unregister();
      await stopGroup(child.pid);
      log.end();
      try {
        assertNoLeftovers(run.id);
      } finally {
        if (!keepRunDir) rmSync(run.dir, { recursive: true, force: true });
      }
    })();
    return stopped;
  };
  const unregister = onCleanup(() => stop());

  const url = `http://127.0.0.1:${chosenPort}`;
  try {
    await waitForHealthz(url, child, startTimeoutMs);
  } catch (err) {
    await stop({ keepRunDir: true });
    throw new Error(`${err instanceof Error ? err.message : String(err)}\n--- ${logFile} ---\n${tail(logFile)}`);
  }
  return { url, port: chosenPort, run, logFile, pid: child.pid, stop };
}

export function tail(file, lines = 40) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
