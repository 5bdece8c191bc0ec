// What VS Code itself reports about the extension: it is not running after start-up nor for a plain text
// file, and once a user list is opened "Developer: Show Running Extensions" lists it with its activation
// time (the time to load its code plus the time its activate() took, as the extension host measures
// them). The user list is opened only after the start-up activations and those that any first editor
// triggers (Emmet activates on every language) are over, so the figure is this extension's own cost
// rather than a share of everything starting at once. (A JSON file would do too, but it starts the JSON
// language server, whose start-up competes for the CPU.) It is printed at the end of the run.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ACTIVATION = /(Startup )?Activation: (\d+)\s*ms/;
/** Written by the extension host once every start-up ("*") activation has finished. */
const STARTUP_DONE = 'Eager extensions activated';

/** The text of the extension host's log files of this run (code-server's remote extension host). */
function extensionHostLogs(logsDir) {
  if (!existsSync(logsDir)) return '';
  return readdirSync(logsDir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('remoteexthost.log'))
    .map((file) => readFileSync(join(logsDir, file), 'utf8'))
    .join('\n');
}

function runningRows(wb) {
  return wb.page.locator('.runtime-extensions-editor .monaco-list-row');
}

/** The Running Extensions row of this extension (its name is the display name). */
function extensionRow(wb, state) {
  return runningRows(wb).filter({ has: wb.page.locator('.name', { hasText: state.extensionName }) });
}

export const runningExtensions = {
  name: 'Running extensions',
  steps: [
    {
      name: 'after start-up and opening a plain text editor, the extension is not running',
      run: async (wb, state) => {
        const deadline = Date.now() + 30000;
        while (!extensionHostLogs(state.hostLogsDir).includes(STARTUP_DONE)) {
          if (Date.now() > deadline) throw new Error(`the extension host log never said "${STARTUP_DONE}"`);
          await wb.page.waitForTimeout(100);
        }
        await wb.runCommand('File: New Untitled Text File');
        await wb.page.locator('.tabs-container .tab.active[aria-label^="Untitled-"]').waitFor({ timeout: 20000 });
        await wb.runCommand('Developer: Show Running Extensions');
        await runningRows(wb).first().waitFor({ timeout: 20000 });
        // Every activation under way (those the first file triggered too) has finished.
        while ((await runningRows(wb).locator('.activation-time').allInnerTexts()).some((t) => !ACTIVATION.test(t))) {
          if (Date.now() > deadline) throw new Error('some extensions never finished activating');
          await wb.page.waitForTimeout(100);
        }
        assert.equal(await extensionRow(wb, state).count(), 0, `${state.extensionName} is running before a user list needs it`);
      },
    },
    {
      name: 'opening a user list activates it, and Running Extensions shows its activation time',
      screenshot: 'running-extensions',
      run: async (wb, state) => {
        await wb.openFromExplorer('users-clean.csv');
        await wb.runCommand('Developer: Show Running Extensions');
        const row = extensionRow(wb, state).first();
        await row.waitFor({ timeout: 20000 }).catch(() => {
          throw new Error(`${state.extensionName} is not listed among the running extensions`);
        });
        const time = row.locator('.activation-time');
        const deadline = Date.now() + 20000;
        while (!ACTIVATION.test(await time.innerText())) {
          if (Date.now() > deadline) throw new Error(`the row never showed an activation time: "${await time.innerText()}"`);
          await wb.page.waitForTimeout(100);
        }
        const text = (await time.innerText()).trim();
        const [, startup, ms] = ACTIVATION.exec(text);
        assert.equal(startup, undefined, 'the extension is not activated at start-up');
        state.figures['Activation time in the host (Developer: Show Running Extensions)'] = `${ms} ms`;
      },
    },
    {
      name: 'close the editors',
      run: async (wb) => {
        await wb.runCommand('View: Close All Editors');
        await wb.page.locator('.runtime-extensions-editor').waitFor({ state: 'hidden', timeout: 20000 });
      },
    },
  ],
};
