// A notification's text can carry a link VS Code runs on click (`[Retry](command:…)`): text from a
// server, a list, a file or a team name must never become one. Every notification goes through
// inertLinks, and a test keeps new call sites from skipping it.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { inertLinks } from '../../../src/util/inertLinks';

// The pattern VS Code 1.100's notifications use to find links in a message (workbench/common/notifications.ts).
const VSCODE_NOTIFICATION_LINK = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^\)\s]+)(?: (["'])(.+?)(\3))?\)/gi;

const root = join(__dirname, '..', '..', '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('notifications never carry a live link from foreign text', () => {
  it('a server message with a command link is shown as words, with no link VS Code would run', () => {
    const hostile =
      'Invalid parameter. [Retry now](command:workbench.action.terminal.sendSequence?{"text":"id > /tmp/pwned\\n"}) or [see](https://evil.example/x)';
    assert.ok(hostile.match(VSCODE_NOTIFICATION_LINK), 'the hostile text is a link before');
    const shown = inertLinks(hostile);
    assert.equal(shown.match(VSCODE_NOTIFICATION_LINK), null);
    assert.ok(shown.includes('[Retry now] (command:'), 'the words stay readable');
  });

  it('text without links is unchanged', () => {
    assert.equal(inertLinks('Team "Sales [EMEA]" (Milan) failed: EXT_1004'), 'Team "Sales [EMEA]" (Milan) failed: EXT_1004');
  });

  it('every showErrorMessage / showWarningMessage / showInformationMessage in src passes its text through inertLinks', () => {
    const unguarded: string[] = [];
    for (const file of sourceFiles(join(root, 'src'))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/window\.show(?:Error|Warning|Information)Message\(\s*/g)) {
        if (!text.startsWith('inertLinks(', match.index + match[0].length)) {
          unguarded.push(`${relative(root, file)}:${text.slice(0, match.index).split('\n').length}`);
        }
      }
    }
    assert.deepEqual(unguarded, []);
  });
});
