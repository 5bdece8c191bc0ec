// After connecting in the sidebar scenario, the administrator opens the Training Completion dashboard:
// the company's completion, the teams against the threshold, the distribution and, further down, the
// users below the threshold per team with "Copy e-mails" and "Export". Shown in the dark and the light
// theme (the page follows the theme's colours); the workbench is left in the light theme, its default here.
import assert from 'node:assert/strict';

const COMMAND = 'Cyber Guru: Show Training Completion Dashboard';

/** The dashboard page inside its webview (VS Code nests the page in an inner frame). */
function page(wb) {
  return wb.page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
}

async function pickTheme(wb, name) {
  await wb.runCommand('Preferences: Color Theme');
  const input = wb.page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ timeout: 20000 });
  await input.fill(name);
  const entry = wb.page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: name }).first();
  await entry.waitFor({ timeout: 20000 });
  await wb.page.keyboard.press('Enter');
  await wb.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 20000 });
}

export const cyberGuruDashboard = {
  name: 'Cyber Guru dashboard',
  steps: [
    {
      name: 'open the dashboard from the Command Palette; it shows the company and the teams',
      screenshot: 'dashboard-dark',
      run: async (wb) => {
        await pickTheme(wb, 'Dark Modern');
        await wb.runCommand(COMMAND);
        const rate = page(wb).locator('[data-figure="company-rate"]');
        await rate.waitFor({ timeout: 30000 });
        assert.match(await rate.innerText(), /\d+(\.\d+)?\s*%/);
        assert.ok((await page(wb).locator('li[data-team]').count()) > 0, 'the teams are drawn against the threshold');
        const background = await page(wb).locator('body').evaluate((b) => getComputedStyle(b).backgroundColor);
        const [r, g, bl] = background.match(/\d+/g).map(Number);
        assert.ok(r + g + bl < 200, `a dark background (${background})`);
        await wb.movePointerAway();
      },
    },
    {
      name: 'in the light theme the page follows the theme\'s colours',
      screenshot: 'dashboard-light',
      run: async (wb) => {
        await pickTheme(wb, 'Light Modern');
        await page(wb).locator('[data-figure="company-rate"]').waitFor({ timeout: 20000 });
        const background = await page(wb).locator('body').evaluate((b) => getComputedStyle(b).backgroundColor);
        const [r, g, bl] = background.match(/\d+/g).map(Number);
        assert.ok(r + g + bl > 600, `a light background (${background})`);
        await wb.movePointerAway();
      },
    },
    {
      name: 'the users below the threshold, per team, with "Copy e-mails" and "Export"',
      screenshot: 'dashboard-laggards',
      run: async (wb) => {
        const first = page(wb).locator('details[data-laggards]').first();
        await first.waitFor({ timeout: 20000 });
        await page(wb).locator('#lag-h').evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
        assert.equal(await first.locator('button[data-action="copyEmails"]').isVisible(), true);
        assert.equal(await first.locator('button[data-action="export"]').isVisible(), true);
        assert.ok((await first.locator('tbody tr').count()) > 0, 'the laggards are listed');
        await wb.movePointerAway();
      },
    },
  ],
};
