// An administrator opens the Cyber Guru view from the activity bar; not signed in, it offers to connect.
// With the API emulator running, they connect through the prompts and browse the completion tree, where
// a team the platform does not know shows as an error node while the others load.
import assert from 'node:assert/strict';

const CONTAINER_TITLE = 'Cyber Guru';
const VIEW_TITLE = 'Training Completion';
/** Configured in the e2e user settings (cyberguru.report.teams); the emulator does not know it. */
export const UNKNOWN_TEAM = 'Ghost Team';

/** The value a person types at each sign-in prompt, recognised by the prompt's words. */
function signInAnswer(emulator) {
  return ({ text, password }) => {
    if (password || /secret/i.test(text)) return emulator.clientSecret;
    if (/tenant/i.test(text)) return emulator.tenant;
    if (/login/i.test(text)) return emulator.url;
    if (/api|base url/i.test(text)) return emulator.url;
    return undefined; // e.g. a client id with a correct default
  };
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
        if (!(await teamRow.first().isVisible())) await treeRows(wb).first().click(); // expand the company
        await teamRow.first().waitFor({ timeout: 20000 });
        assert.match(await teamRow.first().innerText(), /\d+(\.\d+)?\s*%/, `the "${knownTeam}" row shows a completion rate`);
      },
    },
    {
      name: `a team the platform does not know ("${UNKNOWN_TEAM}") is an error node while the others load`,
      screenshot: 'sidebar-error-node',
      run: async (wb, state) => {
        const errorRow = treeRows(wb).filter({ hasText: UNKNOWN_TEAM }).first();
        await errorRow.waitFor({ timeout: 20000 });
        const looksLikeError = (await errorRow.locator('.codicon-error, .codicon-warning').count()) > 0 ||
          /EXT_1004|unknown|not found/i.test(await errorRow.innerText());
        assert.ok(looksLikeError, `"${UNKNOWN_TEAM}" row: ${await errorRow.innerText()}`);
        assert.ok(await treeRows(wb).filter({ hasText: state.emulator.teams[1] }).first().isVisible(), 'other teams still show');
      },
    },
  ],
};
