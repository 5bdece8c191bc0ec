import { defineRule, hasInnerWhitespace, removeWhitespace, type Row, type RuleContext } from '../api';
import { usernameAccepted } from '../codes/cellTests';

export const noSpaces = defineRule('CG203', {
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
  looksAt: (ctx) => [
    { columns: ctx.columns.fieldColumns.email, accepts: ctx.emails.acceptsCell },
    { columns: ctx.columns.fieldColumns.username, accepts: usernameAccepted },
  ],
  create(ctx) {
    return {
      row(row) {
        const { email, username } = ctx.columns.fieldColumns;
        for (const col of email) check(ctx, row, col, 'email');
        for (const col of username) check(ctx, row, col, 'username');
      },
    };
  },
});

function check(ctx: RuleContext, row: Row, col: number, field: 'email' | 'username'): void {
  const value = row.trimmed(col);
  if (!hasInnerWhitespace(value)) return;
  const fixed = removeWhitespace(value);
  ctx.report({
    message: field,
    args: { value, fixed },
    range: row.cellRange(col),
    // A username cannot be changed after import: never part of fix-all.
    fixes: () => [ctx.fix('remove', { to: fixed }, [ctx.edits.replaceCell(row, col, fixed)], field === 'email')],
  });
}
