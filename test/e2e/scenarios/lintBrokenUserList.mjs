// An administrator opens a user list with typical mistakes and fixes one from the light bulb.
import assert from 'node:assert/strict';

const FILE = 'users-broken.csv';
const RULE_CODE = /CG\d{3}/;

export const lintBrokenUserList = {
  name: 'Lint a broken user list',
  steps: [
    {
      name: `open ${FILE} from the Explorer`,
      run: async (wb) => {
        await wb.openFromExplorer(FILE);
      },
    },
    {
      name: 'error squiggles appear under the wrong cells',
      screenshot: 'editor-squiggles',
      run: async (wb, state) => {
        await wb.errorSquiggles().first().waitFor({ timeout: 20000 });
        state.countsBeforeFix = await wb.waitForProblemCounts((c) => c.errors > 0, 'at least one error');
      },
    },
    {
      name: 'the Problems panel lists the problems with their CG codes',
      screenshot: 'problems-panel',
      run: async (wb) => {
        const rows = await wb.openProblemsPanel();
        const withCodes = rows.filter((text) => RULE_CODE.test(text));
        assert.ok(withCodes.length > 0, `no Problems row shows a CG code; rows: ${JSON.stringify(rows.slice(0, 5))}`);
        assert.ok(rows.some((text) => text.includes('cyberguru')), 'Problems rows name the "cyberguru" source');
      },
    },
    {
      name: 'hovering a squiggle explains the problem',
      screenshot: 'hover',
      keepPointer: true,
      run: async (wb) => {
        const text = await wb.hoverText(wb.errorSquiggles().first());
        assert.match(text, RULE_CODE, `hover text: ${text}`);
      },
    },
    {
      name: 'the light bulb (Ctrl+.) offers quick fixes',
      screenshot: 'quick-fix-menu',
      run: async (wb, state) => {
        await wb.dismissOverlays();
        const items = await wb.openQuickFixMenu(wb.errorSquiggles().first());
        const titles = await items.allInnerTexts();
        const fix = titles.findIndex((t) => !/^(Fix all|Show documentation)/i.test(t.trim()));
        assert.ok(fix >= 0, `no single-problem fix in the menu: ${JSON.stringify(titles)}`);
        state.quickFix = { index: fix, title: titles[fix].trim() };
      },
    },
    {
      name: 'choosing the quick fix removes that problem',
      screenshot: 'after-quick-fix',
      run: async (wb, state) => {
        assert.ok(state.quickFix, 'the quick-fix menu step did not pass');
        const before = state.countsBeforeFix.errors + state.countsBeforeFix.warnings;
        // "Change "Italiano" to "it"": the old value must disappear from the cell it was in.
        const [, oldValue] = /"([^"]+)" to "/.exec(state.quickFix.title) ?? [];
        const occurrences = (text) => (oldValue ? text.split(oldValue).length - 1 : 0);
        const oldCount = occurrences(await wb.editorText());
        const { x, y } = await wb.pointAt(wb.page.locator('.action-widget .monaco-list-row.action').nth(state.quickFix.index));
        await wb.page.mouse.click(x, y);
        await wb.waitForProblemCounts((c) => c.errors + c.warnings < before, `fewer than ${before} problems after "${state.quickFix.title}"`);
        if (oldValue) assert.equal(occurrences(await wb.editorText()), oldCount - 1, `"${oldValue}" replaced once in the editor`);
      },
    },
  ],
};
