import { defineRule, isWhitespaceCode, type Row, type RuleContext } from '../api';
import { usernameAccepted } from '../codes/cellTests';
import { usernameCharactersAllowed } from '../codes/usernames';

const ALLOWED = /^[A-Za-z0-9_.@-]*$/;
const LETTER = /^\p{L}$/u;

export const usernameCharacters = defineRule('CG206', {
  meta: {
    name: 'username-characters',
    description:
      'A username may contain only letters, digits and `_ - . @`. Accented and other non-ASCII letters are a warning; anything else (an apostrophe, a comma) is an error.',
    defaultSeverity: 'error',
    fixable: 'unsafe',
  },
  messages: {
    invalid: 'Username "{value}" contains {characters}: only letters, digits and _ - . @ are allowed (an apostrophe is valid in an e-mail, not in a username).',
    nonAscii: 'Username "{value}" contains the non-ASCII letters {characters}: use only A-Z, digits and _ - . @ unless your SSO username really has them.',
    replace: 'Change username to "{to}"',
  },
  looksAt: (ctx) => [{ columns: ctx.columns.fieldColumns.username, accepts: usernameAccepted }],
  create(ctx) {
    return {
      row(row) {
        for (const col of ctx.columns.fieldColumns.username) {
          const value = row.trimmed(col);
          if (!usernameCharactersAllowed(value)) report(ctx, row, col, value);
        }
      },
    };
  },
});

function report(ctx: RuleContext, row: Row, col: number, value: string): void {
  const bad = new Set<string>();
  for (const ch of value) if (!ALLOWED.test(ch) && !isWhitespaceCode(ch.charCodeAt(0))) bad.add(ch);
  if (bad.size === 0) return; // only whitespace: CG203
  const onlyLetters = [...bad].every((ch) => LETTER.test(ch));
  const suggestion = value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^A-Za-z0-9_.@-]+/g, '');
  ctx.report({
    message: onlyLetters ? 'nonAscii' : 'invalid',
    args: { value, characters: [...bad].map((ch) => `"${ch}"`).join(', ') },
    range: row.cellRange(col),
    severity: onlyLetters ? 'warning' : 'error',
    // A username cannot be changed after import: offered one at a time, never in fix-all.
    fixes: () => (suggestion.length >= 3 ? [ctx.fix('replace', { to: suggestion }, [ctx.edits.replaceCell(row, col, suggestion)], false)] : []),
  });
}
