import { cellOf, isWhitespaceCode, trimWhitespace } from './helpers';
import { defineRule, type Rule, type RuleContext } from './rule';

const ALLOWED = /^[A-Za-z0-9_.@-]*$/;
/** ALLOWED as a lookup table: a loop over a short username beats a regex call per row. */
const ALLOWED_CODES = new Uint8Array(128);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.@-') ALLOWED_CODES[ch.charCodeAt(0)] = 1;

function allAllowed(text: string, start = 0, end = text.length): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || ALLOWED_CODES[c] === 0) return false;
  }
  return true;
}
const LETTER = /^\p{L}$/u;

export const usernameCharacters: Rule = defineRule('CG206', {
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
  quickAccept: [{ columns: (ctx) => ctx.columns.fieldColumns.username, accepts: (text, start, end) => allAllowed(text, start, end) }],
  checkRecord(record, ctx) {
    const columns = ctx.columns.fieldColumns.username;
    for (let i = 0; i < columns.length; i++) {
      const cell = cellOf(record, columns[i]);
      if (cell < 0) continue;
      if (record.span(columns[i]) && allAllowed(ctx.table.text, record.spanStart, record.spanEnd)) continue;
      const value = record.trimmed(columns[i]);
      if (allAllowed(value)) continue;
      reportCharacters(ctx, cell, value);
    }
  },
});

// Reported from a separate function: a closure in the per-row loop would make V8 allocate its
// context on every row, valid or not (about 100 bytes a row, most of the lint's garbage).
function reportCharacters(ctx: RuleContext, cell: number, value: string): void {
  const bad = new Set<string>();
  for (const ch of value) if (!ALLOWED.test(ch) && !isWhitespaceCode(ch.charCodeAt(0))) bad.add(ch);
  if (bad.size === 0) return; // only whitespace: CG203
  const onlyLetters = [...bad].every((ch) => LETTER.test(ch));
  const suggestion = value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^A-Za-z0-9_.@-]+/g, '');
  ctx.report(usernameCharacters, {
    message: onlyLetters ? 'nonAscii' : 'invalid',
    args: { value, characters: [...bad].map((ch) => `"${ch}"`).join(', ') },
    range: ctx.cellRange(cell),
    severity: onlyLetters ? 'warning' : 'error',
    // A username cannot be changed after import: offered one at a time, never in fix-all.
    fixes: () => (suggestion.length >= 3 ? [ctx.fix(usernameCharacters, 'replace', { to: suggestion }, [ctx.replaceCell(cell, suggestion)], false)] : []),
  });
}
