import { cellOf, hasInnerWhitespace, hasWhitespaceAt, removeWhitespace } from './helpers';
import { defineRule, type RecordView, type Rule, type RuleContext } from './rule';

export const noSpaces: Rule = defineRule('CG203', {
  meta: {
    name: 'no-spaces',
    description: 'An e-mail or username contains whitespace, which the platform does not allow.',
    defaultSeverity: 'error',
    fixable: 'safe',
  },
  messages: {
    email: 'E-mail "{value}" contains whitespace: remove it ("{fixed}").',
    username: 'Username "{value}" contains whitespace: remove it ("{fixed}"); a username cannot be changed after import, so check it first.',
    remove: 'Remove whitespace: "{to}"',
  },
  quickAccept: [
    { columns: (ctx) => ctx.columns.fieldColumns.email, accepts: (text, start, end, ctx) => ctx.emails.isValidWithoutWhitespaceAt(text, start, end) || !hasWhitespaceAt(text, start, end) },
    { columns: (ctx) => ctx.columns.fieldColumns.username, accepts: (text, start, end) => !hasWhitespaceAt(text, start, end) },
  ],
  checkRecord(record, ctx) {
    const { email, username } = ctx.columns.fieldColumns;
    for (let i = 0; i < email.length; i++) check(record, ctx, email[i], 'email');
    for (let i = 0; i < username.length; i++) check(record, ctx, username[i], 'username');
  },
});

function check(record: RecordView, ctx: RuleContext, col: number, field: 'email' | 'username'): void {
  const cell = cellOf(record, col);
  if (cell < 0) return;
  if (record.span(col)) {
    const { spanStart, spanEnd } = record;
    // CG202 has just judged this address: a valid one read in place says whether it has whitespace.
    if (field === 'email' && ctx.emails.isValidWithoutWhitespaceAt(ctx.table.text, spanStart, spanEnd)) return;
    if (!hasWhitespaceAt(ctx.table.text, spanStart, spanEnd)) return;
  }
  const value = record.trimmed(col);
  if (hasInnerWhitespace(value)) report(ctx, cell, value, field);
}

// Reported from a separate function: a closure in check would make V8 allocate its context on
// every call, valid or not (about 100 bytes a row, most of the lint's garbage).
function report(ctx: RuleContext, cell: number, value: string, field: 'email' | 'username'): void {
  const fixed = removeWhitespace(value);
  ctx.report(noSpaces, {
    message: field,
    args: { value, fixed },
    range: ctx.cellRange(cell),
    // A username cannot be changed after import: never part of fix-all.
    fixes: () => [ctx.fix(noSpaces, 'remove', { to: fixed }, [ctx.replaceCell(cell, fixed)], field === 'email')],
  });
}
