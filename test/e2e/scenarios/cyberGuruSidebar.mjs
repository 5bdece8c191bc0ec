// An administrator opens the Cyber Guru view from the activity bar; not signed in, it offers to connect.
// With the API emulator running, they connect through the prompts and browse the completion tree, where
// a team the platform does not know shows as an error node while the others load.
import assert from 'node:assert/strict';

const CONTAINER_TITLE = 'Cyber Guru';
const VIEW_TITLE = 'Training Completion';
/** Configured in the e2e user settings (cyberguru.report.teams); the emulator does not know it. */
export const UNKNOWN_TEAM = 'Ghost Team';
const COMPLETION_RATE = /\d+(\.\d+)?\s*%/;

/** The value a person types at each sign-in prompt, recognised by the prompt's words. */
function signInAnswer(emulator) {
  return ({ text, password }) => {
    if (password || /secret/i.test(text)) return emulator.clientSecret;
    if (/connection name/i.test(text)) return 'Demo company';
    if (/tenant/i.test(text)) return emulator.tenant;
    if (/login/i.test(text)) return emulator.url;
    if (/api|base url/i.test(text)) return emulator.url;
    return undefined; // e.g. a client id with a correct default
  };
}

/** Drags the side bar's edge to the right, as a person would, so the rows' figures are readable. */
async function widenSideBar(wb, width = 560) {
  const sidebar = await wb.page.locator('.part.sidebar').boundingBox();
  if (!sidebar) return;
  const edge = sidebar.x + sidebar.width;
  const y = sidebar.y + sidebar.height / 2;
  await wb.page.mouse.move(edge, y);
  await wb.page.mouse.down();
  await wb.page.mouse.move(sidebar.x + width, y, { steps: 5 });
  await wb.page.mouse.up();
}

function treeRows(wb) {
  return wb.viewPane(VIEW_TITLE).locator('.monaco-list-row');
}

export const cyberGuruSidebar = {
  name: 'Cyber Guru sidebar',
  steps: [
    {
      name: `open the ${CONTAINER_TITLE} view from the activity bar`,
      run: async (wb) => {
        await wb.dismissOverlays();
        await wb.openActivity(CONTAINER_TITLE);
        await wb.viewPane(VIEW_TITLE).waitFor({ timeout: 20000 }).catch(() => {
          throw new Error(`the "${VIEW_TITLE}" view did not appear in the side bar`);
        });
        await widenSideBar(wb);
      },
    },
    {
      name: 'the welcome view offers "Connect to Cyber Guru"',
      screenshot: 'sidebar-welcome',
      run: async (wb) => {
        const button = wb.viewPane(VIEW_TITLE).getByRole('button', { name: /Connect to Cyber Guru/ });
        await button.waitFor({ timeout: 20000 });
        assert.equal(await button.isVisible(), true);
      },
    },
    {
      name: 'connect through the prompts (tenant, URLs, client secret) to the API emulator',
      run: async (wb, state) => {
        assert.ok(state.emulator, 'no API emulator in this build (src/emulator)');
        await wb.viewPane(VIEW_TITLE).getByRole('button', { name: /Connect to Cyber Guru/ }).click();
        const prompts = await wb.answerPrompts(signInAnswer(state.emulator));
        assert.ok(prompts.some((p) => p.password), `the client secret is asked in a password box; prompts: ${JSON.stringify(prompts)}`);
        await treeRows(wb).first().waitFor({ timeout: 20000 });
      },
    },
    {
      name: 'the tree shows the company and its teams with completion rates',
      screenshot: 'sidebar-tree',
      run: async (wb, state) => {
        const knownTeam = state.emulator.teams[0];
        const teamRow = treeRows(wb).filter({ hasText: knownTeam });
        // Expand the company only if it is collapsed (a click while its teams are still arriving would collapse it).
        if ((await treeRows(wb).first().getAttribute('aria-expanded')) === 'false') await treeRows(wb).first().click();
        // Teams load one by one: wait for the row to show its figures.
        await teamRow.filter({ hasText: COMPLETION_RATE }).first().waitFor({ timeout: 20000 }).catch(async () => {
          throw new Error(`the "${knownTeam}" row never showed a completion rate; it shows: ${await teamRow.first().innerText().catch(() => '(no row)')}`);
        });
        assert.match(await treeRows(wb).first().innerText(), COMPLETION_RATE, 'the company row shows its completion rate');
        await wb.movePointerAway();
      },
    },
    {
      name: `a team the platform does not know ("${UNKNOWN_TEAM}") is an error node while the others load`,
      screenshot: 'sidebar-error-node',
      run: async (wb, state) => {
        const errorRow = treeRows(wb).filter({ hasText: UNKNOWN_TEAM }).first();
        await errorRow.waitFor({ timeout: 20000 });
        const deadline = Date.now() + 20000;
        const looksLikeError = async () => (await errorRow.locator('.codicon-error, .codicon-warning').count()) > 0 ||
          /EXT_1004|unknown|not found|failed/i.test(await errorRow.innerText());
        while (!(await looksLikeError())) {
          if (Date.now() > deadline) throw new Error(`"${UNKNOWN_TEAM}" row does not show an error: ${await errorRow.innerText()}`);
          await wb.page.waitForTimeout(100);
        }
        for (const team of state.emulator.teams.slice(0, 2)) {
          await treeRows(wb).filter({ hasText: team }).filter({ hasText: COMPLETION_RATE }).first().waitFor({ timeout: 20000 });
        }
        // Under it: the platform's message with its code, and the fix to click.
        const message = treeRows(wb).filter({ hasText: 'EXT_1004' }).first();
        await message.waitFor({ timeout: 20000 });
        await message.scrollIntoViewIfNeeded();
        await treeRows(wb).filter({ hasText: `Remove "${UNKNOWN_TEAM}"` }).first().waitFor({ timeout: 20000 });
        await wb.movePointerAway();
      },
    },
  ],
};
