#!/usr/bin/env node
// Person-like end-to-end check: VS Code 1.100.3 (code-server) in headless Chromium on a copy of the demo
// workspace (samples/). By default it tests what a user installs: `npm run package` builds the VSIX, which
// is installed with `code-server --install-extension` into a fresh host, and the window runs that
// installed copy (no development folder). Each scenario is a list of steps a person takes; each step
// asserts what is on screen and may save a screenshot into media/screenshots/ (used by the README). A
// failing step is reported by name and the rest of its scenario is skipped.
//
//   node test/e2e/run.mjs [--only <scenario name part>] [--screenshots <dir>]
//                         [--vsix <file>] [--dev] [--extension <dir>]
// --vsix installs an existing VSIX instead of packaging; --dev loads this repository's folder in
// development mode (dist/ from `node esbuild.mjs`) instead; --extension <dir> loads another folder in
// development mode, to try the steps' selectors.
//
// To add a step: append { name, screenshot?, keepPointer?, run(workbench, state) } to a scenario in scenarios/, or add
// a scenario module and list it in SCENARIOS. A scenario's optional prepare(workspace) adds files to the workspace copy.
import { cpSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot, hostRoot } from '../../scripts/host/paths.mjs';
import { ensureHostInstalled } from '../../scripts/host/ensureInstalled.mjs';
import { startCodeServer, tail } from '../../scripts/host/codeServer.mjs';
import { launchBrowser } from '../../scripts/host/browser.mjs';
import { workbenchUrl } from '../../scripts/host/workbenchUrl.mjs';
import { runCleanups } from '../../scripts/host/processes.mjs';
import { Workbench } from './workbench.mjs';
import { lintBrokenUserList } from './scenarios/lintBrokenUserList.mjs';
import { cyberGuruSidebar, UNKNOWN_TEAM } from './scenarios/cyberGuruSidebar.mjs';
import { runningExtensions } from './scenarios/runningExtensions.mjs';
import { cyberGuruDashboard } from './scenarios/cyberGuruDashboard.mjs';
import { lintExports } from './scenarios/lintExports.mjs';
import { exportToUserList } from './scenarios/exportToUserList.mjs';
import { startDemoEmulator } from '../../scripts/host/emulator.mjs';
import { packageProject, projectManifest } from '../../scripts/host/extensions.mjs';

// Running extensions first: it opens the first user list itself, after start-up has settled.
const SCENARIOS = [runningExtensions, lintBrokenUserList, lintExports, cyberGuruSidebar, cyberGuruDashboard, exportToUserList];
const STEP_TIMEOUT_MS = 60000;
/** User settings of the e2e workbench: one team the platform does not know, to show an error node. */
const E2E_SETTINGS = { 'cyberguru.report.teams': [UNKNOWN_TEAM] };
const failureShots = join(hostRoot, 'e2e-failures');

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const stripAnsi = (text) => text.replace(/\u001b\[[0-9;]*m/g, '');
const slug = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

async function runScenario(scenario, wb, screenshotDir, shared) {
  const results = [];
  const state = { ...shared };
  let failed = false;
  console.log(`\n${scenario.name}`);
  for (const [index, step] of scenario.steps.entries()) {
    const label = `${index + 1}/${scenario.steps.length} ${step.name}`;
    if (failed) {
      console.log(`  - skipped  ${label}`);
      results.push({ scenario: scenario.name, step: step.name, status: 'skipped' });
      continue;
    }
    const started = Date.now();
    try {
      await withTimeout(step.run(wb, state), STEP_TIMEOUT_MS, `step "${step.name}"`);
      let shot = '';
      if (step.screenshot) {
        if (!step.keepPointer) await wb.movePointerAway();
        const path = join(screenshotDir, `${step.screenshot}.png`);
        await wb.page.screenshot({ path });
        shot = `  -> ${path.replace(repoRoot + '/', '')}`;
      }
      console.log(`  ✔ passed   ${label} (${Date.now() - started} ms)${shot}`);
      results.push({ scenario: scenario.name, step: step.name, status: 'passed' });
    } catch (err) {
      failed = true;
      const path = join(failureShots, `${slug(scenario.name)}--${slug(step.name)}.png`);
      await wb.page.screenshot({ path }).catch(() => {});
      const message = err instanceof Error ? stripAnsi(err.message).split('\n').slice(0, 6).join('\n             ') : String(err);
      console.log(`  ✘ FAILED   ${label}\n             ${message}\n             screenshot: ${path.replace(repoRoot + '/', '')}`);
      results.push({ scenario: scenario.name, step: step.name, status: 'failed', message });
    }
  }
  await wb.dismissOverlays().catch(() => {});
  return results;
}

/** What the window runs: the packaged VSIX installed into the host (default), or a development folder. */
function extensionUnderTest(values) {
  if (values.extension || values.dev) {
    const folder = values.extension ? resolve(values.extension) : repoRoot;
    console.log(`[e2e] development mode: ${folder}`);
    return { developmentPath: folder, vsixFiles: [] };
  }
  const started = Date.now();
  const vsix = values.vsix ? resolve(values.vsix) : packageProject().vsix;
  const bytes = statSync(vsix).size;
  console.log(`[e2e] packaged: ${vsix.replace(repoRoot + '/', '')} (${bytes.toLocaleString('en')} bytes${values.vsix ? '' : `, packaged in ${((Date.now() - started) / 1000).toFixed(1)} s`}), installed into a fresh host`);
  return { developmentPath: null, vsixFiles: [vsix], vsixBytes: bytes };
}

async function main() {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' }, screenshots: { type: 'string' }, extension: { type: 'string' }, dev: { type: 'boolean' }, vsix: { type: 'string' },
    },
  });
  const screenshotDir = values.screenshots ?? join(repoRoot, 'media', 'screenshots');
  const scenarios = SCENARIOS.filter((s) => !values.only || s.name.toLowerCase().includes(values.only.toLowerCase()));
  mkdirSync(screenshotDir, { recursive: true });
  mkdirSync(failureShots, { recursive: true });

  ensureHostInstalled();
  const started = Date.now();
  const under = extensionUnderTest(values);
  const emulator = await startDemoEmulator();
  const host = await startCodeServer({ workspace: repoRoot, label: 'e2e', settings: E2E_SETTINGS, extensions: under.vsixFiles });
  const results = [];
  /** Figures steps measure in the host (e.g. the activation time), printed at the end. */
  const figures = {};
  let browser;
  try {
    // Steps edit files (quick fixes): they work on a copy of the demo workspace.
    const workspace = join(host.run.dir, 'workspace');
    cpSync(join(repoRoot, 'samples'), workspace, { recursive: true });
    // Files a scenario needs in the workspace are there before the window opens (the Explorer lists them).
    for (const scenario of scenarios) scenario.prepare?.(workspace);
    browser = await launchBrowser({ runId: host.run.id });
    const { page } = browser;
    await page.goto(workbenchUrl(host.url, { workspace, extensionDevelopmentPath: under.developmentPath }));
    const wb = new Workbench(page);
    await wb.waitUntilReady();
    const shared = { emulator, extensionName: projectManifest().displayName, hostLogsDir: join(host.run.dir, 'user-data', 'logs'), figures };
    for (const scenario of scenarios) results.push(...(await runScenario(scenario, wb, screenshotDir, shared)));
  } catch (err) {
    console.error(`[e2e] the workbench could not be driven: ${err instanceof Error ? err.message : String(err)}`);
    console.error(`[e2e] last lines of ${host.logFile}:\n${tail(host.logFile, 20)}`);
    results.push({ scenario: '(setup)', step: 'start the workbench', status: 'failed' });
  } finally {
    await browser?.close();
    // A failed run keeps its folder (code-server.log, the host's logs) for a look.
    await host.stop({ keepRunDir: results.some((r) => r.status === 'failed') });
    await emulator?.close();
  }

  if (under.vsixBytes) console.log(`\n[e2e] VSIX size: ${under.vsixBytes.toLocaleString('en')} bytes`);
  for (const [name, value] of Object.entries(figures)) console.log(`[e2e] ${name}: ${value}`);
  const count = (status) => results.filter((r) => r.status === status).length;
  console.log(`\n[e2e] ${count('passed')} passed, ${count('failed')} failed, ${count('skipped')} skipped in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const r of results.filter((r) => r.status === 'failed')) console.log(`[e2e] failed step: ${r.scenario} > ${r.step}`);
  return count('failed') === 0 && count('passed') > 0 ? 0 : 1;
}

try {
  process.exitCode = await main();
} catch (err) {
  console.error(`[e2e] FAILED: ${err instanceof Error ? err.message : String(err)}`);
  await runCleanups();
  process.exitCode = 2;
}
