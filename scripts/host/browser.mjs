// Launches Debian's Chromium through playwright-core for driving the VS Code workbench. Playwright starts
// the browser in its own process group; our cleanup (not Playwright's signal handlers) closes it, so the
// order on Ctrl-C is: browser, then code-server.
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { chromiumPath } from './paths.mjs';
import { markerEnv, onCleanup } from './processes.mjs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Starts a headless Chromium tagged with the run marker; returns { browser, page, close() }. */
export async function launchBrowser({ runId, viewport = { width: 1400, height: 860 }, headless = true }) {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: install the Debian package "chromium" (or set CHROMIUM_PATH).`);
  }
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless,
    args: CHROMIUM_ARGS,
    env: { ...process.env, ...markerEnv(runId) },
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  let closed;
  const close = () => {
    closed ??= (async () => {
      unregister();
      await browser.close().catch(() => {});
    })();
    return closed;
  };
  const unregister = onCleanup(close);
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  return { browser, page, close };
}
