#!/usr/bin/env node
// Runs the compiled integration suites inside VS Code's real Node extension host (code-server 1.100.3),
// driven by headless Chromium. Streams the host's console (mocha's reporter) to the terminal and exits
// with the suite's exit code. Everything started is stopped on exit, failure, timeout and Ctrl-C.
//
//   node scripts/host/run-integration.mjs [--suite <compiled suite dir>] [--locale <id>] [--timeout <ms>] [--keep]
//     [--untrusted --workspace <folder>]
//
// --untrusted keeps workspace trust on, so the workspace (a copy of --workspace, default samples/)
// opens in Restricted Mode, as an untrusted repository does.
// --locale starts VS Code in that display language; languages other than English need a language pack,
// installed into the host from test/fixtures/locale-<id>-pack (only `it` has one).
// Build first with `node esbuild.mjs --tests` (npm run test:integration does it).
import { cpSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from './paths.mjs';
import { ensureHostInstalled } from './ensureInstalled.mjs';
import { startCodeServer, tail } from './codeServer.mjs';
import { launchBrowser } from './browser.mjs';
import { workbenchUrl } from './workbenchUrl.mjs';
import { runCleanups } from './processes.mjs';
import { languagePackFixture, packFixture } from './extensions.mjs';

const SUITE_DIR_VARIABLE = 'CYBERGURU_INTEGRATION_SUITE_DIR';
const COLOR_VARIABLE = 'CYBERGURU_INTEGRATION_COLOR';
/** The first line test/integration/index.ts prints from inside the extension host. */
const TEST_INDEX_BANNER = 'Integration tests running inside VS Code';
const testIndex = join(repoRoot, 'out', 'test', 'integration', 'index.js');

/** Resolves with the test run's exit code (0 = all passed), or rejects when the host or browser failed. */
export async function runIntegration({ suiteDir, locale, timeoutMs = 180000, keepRunDir = false, workspaceSource = join(repoRoot, 'samples'), untrusted = false }) {
  if (!existsSync(testIndex)) throw new Error(`${testIndex} is missing: build the tests first (node esbuild.mjs --tests).`);
  if (suiteDir && !existsSync(suiteDir)) throw new Error(`suite folder not found: ${suiteDir}`);
  ensureHostInstalled();
  const languagePacks = locale && !locale.startsWith('en') ? [packFixture(languagePackFixture(locale))] : [];

  const started = Date.now();
  const env = { [COLOR_VARIABLE]: process.stdout.isTTY ? '1' : '' };
  if (suiteDir) env[SUITE_DIR_VARIABLE] = resolve(suiteDir);
  const host = await startCodeServer({
    workspace: repoRoot,
    label: untrusted ? 'integration-untrusted' : locale ? `integration-${locale}` : 'integration',
    env,
    extensions: languagePacks,
    locale,
    workspaceTrust: untrusted,
    // No trust prompt: the folder simply stays untrusted.
    settings: untrusted ? { 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.banner': 'never' } : {},
  });
  const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1);
  const timings = { hostUp: seconds(started) };
  let failed = true;
  let browser;
  try {
    // Tests may edit, create and delete files: they get a copy of the sample workspace.
    const workspace = join(host.run.dir, 'workspace');
    cpSync(workspaceSource, workspace, { recursive: true });
    browser = await launchBrowser({ runId: host.run.id });
    const { page } = browser;

    let resolveExit;
    const exitCode = new Promise((settle) => (resolveExit = settle));
    // The workbench calls this once the test index's run() promise settles (0 = resolved).
    await page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code)));
    // The workbench forwards its own log and the extension host's console here. Until the test index
    // announces itself, lines are workbench start-up chatter: kept, and shown only if something fails.
    const startupLog = [];
    let testsStarted = false;
    await page.exposeFunction('codeAutomationLog', (level, message) => {
      const text = String(message).replace(/\n$/, '');
      if (!testsStarted && text.startsWith(TEST_INDEX_BANNER)) {
        testsStarted = true;
        timings.testsStarted = seconds(started);
      }
      if (!testsStarted) startupLog.push(`${level}: ${text}`);
      else (level === 'error' ? process.stderr : process.stdout).write(`${text}\n`);
    });
    const pageErrors = [];
    page.on('pageerror', (err) => pageErrors.push(err.message));

    await page.goto(workbenchUrl(host.url, { workspace, extensionTestsPath: testIndex }));
    let timer;
    const timedOut = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`integration tests did not finish within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      const code = await Promise.race([exitCode, timedOut]);
      failed = code !== 0;
      console.log(`[integration] suite exit code ${code}: code-server up after ${timings.hostUp} s, tests started after ${timings.testsStarted} s, finished after ${seconds(started)} s`);
      return code;
    } catch (err) {
      if (!testsStarted) console.error(`[integration] the test index never started; workbench log:\n  ${startupLog.slice(-30).join('\n  ')}`);
      if (pageErrors.length) console.error(`[integration] workbench errors:\n  ${pageErrors.slice(-10).join('\n  ')}`);
      console.error(`[integration] last lines of ${host.logFile}:\n${tail(host.logFile, 20)}`);
      throw err;
    } finally {
      clearTimeout(timer);
    }
  } finally {
    // Browser first, then the whole code-server process group and the leftover check. A failed run keeps
    // its folder (code-server.log, user data) for a look.
    const stopping = Date.now();
    await browser?.close();
    await host.stop({ keepRunDir: keepRunDir || failed });
    console.log(`[integration] browser and code-server stopped in ${seconds(stopping)} s; no process left behind`);
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      suite: { type: 'string' },
      locale: { type: 'string' },
      timeout: { type: 'string' },
      keep: { type: 'boolean', default: false },
      untrusted: { type: 'boolean', default: false },
      workspace: { type: 'string' },
    },
  });
  try {
    const code = await runIntegration({
      suiteDir: values.suite,
      locale: values.locale,
      timeoutMs: values.timeout ? Number(values.timeout) : undefined,
      keepRunDir: values.keep,
      untrusted: values.untrusted,
      ...(values.workspace ? { workspaceSource: resolve(values.workspace) } : {}),
    });
    process.exitCode = code === 0 ? 0 : 1;
  } catch (err) {
    console.error(`[integration] FAILED: ${err instanceof Error ? err.message : String(err)}`);
    await runCleanups();
    process.exitCode = 2;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) await main();
