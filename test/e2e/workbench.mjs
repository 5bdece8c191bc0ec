// What a person does in the VS Code workbench, expressed with Playwright: click in the Explorer, press
// keys, hover, read what is on screen. Selectors are VS Code 1.100's own DOM classes and ARIA roles.

const SHORT = 5000;
const LONG = 20000;

export class Workbench {
  /** @param {import('playwright-core').Page} page */
  constructor(page) {
    this.page = page;
  }

  /** Waits until the workbench shows the Explorer with the workspace's files. */
  async waitUntilReady() {
    await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60000 });
  }

  /** Clicks a file in the Explorer and waits for its editor tab to be the active one. */
  async openFromExplorer(fileName) {
    const row = this.page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${fileName}"]`);
    // An earlier scenario may have left another view in the side bar (the Cyber Guru view): go back to
    // the Explorer as a person would.
    if (!(await row.isVisible())) await this.runCommand('View: Show Explorer');
    await row.click();
    await this.page.locator(`.tabs-container .tab.active[aria-label^="${fileName}"]`).waitFor({ timeout: LONG });
    await this.page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: LONG });
  }

  /** The error squiggles drawn in the active editor. */
  errorSquiggles() {
    return this.page.locator('.editor-instance .monaco-editor .squiggly-error');
  }

  /** The text the active editor shows (visible lines only, as a person reads them). */
  async editorText() {
    return this.page.locator('.editor-instance .monaco-editor .view-lines').first().innerText();
  }

  /** Totals from the status bar's problems item, e.g. { errors: 7, warnings: 2 }. */
  async problemCounts() {
    const label = (await this.page.locator('#status\\.problems').getAttribute('aria-label')) ?? '';
    const count = (word) => Number(new RegExp(`(\\d+)\\s*${word}|${word}s?:\\s*(\\d+)`, 'i').exec(label)?.slice(1).find(Boolean) ?? 0);
    return { errors: count('Error'), warnings: count('Warning'), label };
  }

  /** Waits until `predicate(counts)` holds for the status bar's problem totals. */
  async waitForProblemCounts(predicate, what, timeoutMs = LONG) {
    const deadline = Date.now() + timeoutMs;
    let last;
    while (Date.now() < deadline) {
      last = await this.problemCounts();
      if (predicate(last)) return last;
      await this.page.waitForTimeout(100);
    }
    throw new Error(`status bar never showed ${what} (last: "${last?.label}")`);
  }

  /** Opens the Problems panel with its keyboard shortcut and returns the text of each visible row. */
  async openProblemsPanel() {
    await this.page.keyboard.press('Control+Shift+M');
    const rows = this.page.locator('.markers-panel .monaco-list-row');
    await rows.first().waitFor({ timeout: LONG });
    return rows.allInnerTexts();
  }

  /** Moves the mouse onto the middle of `locator` (decorations take no clicks, so use coordinates). */
  async pointAt(locator) {
    const box = await locator.boundingBox();
    if (!box) throw new Error('element to point at is not on screen');
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(x, y);
    return { x, y };
  }

  /** Hovers `locator` and returns the text of the hover that appears. */
  async hoverText(locator) {
    await this.pointAt(locator);
    const hover = this.page.locator('.monaco-hover:not(.hidden) .monaco-hover-content').first();
    await hover.waitFor({ state: 'visible', timeout: SHORT * 2 });
    await this.settleAnimations(hover);
    return hover.innerText();
  }

  /** Puts the cursor inside `locator` with a click and opens the light-bulb menu with Ctrl+. */
  async openQuickFixMenu(locator) {
    const { x, y } = await this.pointAt(locator);
    await this.page.mouse.click(x, y);
    await this.page.keyboard.press('Control+.');
    const items = this.page.locator('.action-widget .monaco-list-row.action');
    await items.first().waitFor({ timeout: LONG });
    await this.settleAnimations(items.first());
    return items;
  }

  /** Waits for fade-in animations around `locator` to end, so screenshots show what a person sees. */
  async settleAnimations(locator) {
    await locator.evaluate((el) => {
      const root = el.closest('.monaco-hover, .action-widget, .monaco-workbench') ?? el;
      return Promise.all(root.getAnimations({ subtree: true }).map((a) => a.finished.catch(() => undefined)));
    });
  }

  /** Runs a command from the Command Palette (F1) by its full title, e.g. "Developer: Show Running Extensions". */
  async runCommand(title) {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ timeout: LONG });
    await input.fill(`>${title}`);
    const entry = this.page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: title }).first();
    await entry.waitFor({ timeout: LONG }).catch(() => {
      throw new Error(`the Command Palette has no "${title}"`);
    });
    await entry.click();
  }

  /** Clicks an activity-bar icon by its title (e.g. "Cyber Guru"). */
  async openActivity(title) {
    const icon = this.page.locator(`.activitybar .action-item a.action-label[aria-label^="${title}"]`);
    await icon.waitFor({ timeout: LONG }).catch(() => {
      throw new Error(`no "${title}" icon in the activity bar`);
    });
    await icon.click();
  }

  /** The view pane (header + body) whose title is `title`, inside the side bar. */
  viewPane(title) {
    return this.page.locator('.part.sidebar .pane').filter({ has: this.page.locator(`.pane-header[aria-label^="${title}"]`) });
  }

  /** The open quick input (prompt box), or undefined when none is showing. */
  async quickInputPrompt() {
    const widget = this.page.locator('.quick-input-widget');
    if (!(await widget.isVisible())) return undefined;
    const texts = await Promise.all([
      widget.locator('.quick-input-title').innerText().catch(() => ''),
      widget.locator('.quick-input-message').innerText().catch(() => ''),
      widget.locator('.quick-input-box input').getAttribute('placeholder').catch(() => ''),
    ]);
    const password = (await widget.locator('.quick-input-box input').getAttribute('type').catch(() => '')) === 'password';
    return { text: texts.filter(Boolean).join(' | '), password };
  }

  /**
   * Answers a series of prompts like a person: for each prompt, `answer(prompt)` returns the text to type
   * (replacing any prefilled value) or undefined to accept the prefilled value. Returns the prompts seen.
   */
  async answerPrompts(answer, timeoutMs = LONG) {
    const seen = [];
    const deadline = Date.now() + timeoutMs;
    await this.page.locator('.quick-input-widget').waitFor({ state: 'visible', timeout: timeoutMs });
    let last = '';
    while (Date.now() < deadline) {
      const prompt = await this.quickInputPrompt();
      if (!prompt) {
        // Consecutive input boxes close and reopen the widget: the series ends when none comes back.
        const next = await this.page.locator('.quick-input-widget').waitFor({ state: 'visible', timeout: 1500 }).then(() => true, () => false);
        if (!next) return seen;
        last = '';
        continue;
      }
      if (prompt.text === last) {
        await this.page.waitForTimeout(100);
        continue;
      }
      last = prompt.text;
      seen.push(prompt);
      const value = answer(prompt);
      const input = this.page.locator('.quick-input-widget .quick-input-box input');
      if (value !== undefined) {
        await input.fill(value);
      }
      await input.press('Enter');
    }
    throw new Error(`prompts did not end within ${timeoutMs} ms; last: "${last}"`);
  }

  /** Parks the mouse on the empty lower part of the side bar, so no tooltip covers a screenshot. */
  async movePointerAway() {
    const size = this.page.viewportSize() ?? { width: 1400, height: 860 };
    await this.page.mouse.move(150, size.height - 150);
  }

  /** Presses Escape a few times: closes menus, hovers and inputs a step may have left open. */
  async dismissOverlays() {
    for (let i = 0; i < 3; i++) await this.page.keyboard.press('Escape');
  }
}
