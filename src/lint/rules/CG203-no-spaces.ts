import { cellOf, hasInnerWhitespace, hasWhitespaceAt, removeWhitespace } from './helpers';
import { defineRule, type Rule } from './rule';

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
  checkRecord(record, ctx) {
    for (const field of ['email', 'username'] as const) {
      const columns = ctx.columns.fieldColumns[field];
      for (let i = 0; i < columns.length; i++) {
        const cell = cellOf(record, columns[i]);
        if (cell < 0) continue;
        if (record.span(columns[i]) && !hasWhitespaceAt(ctx.table.text, record.spanStart, record.spanEnd)) continue;
        const value = record.trimmed(columns[i]);
        if (!hasInnerWhitespace(value)) continue;
        const fixed = removeWhitespace(value);
        ctx.report(noSpaces, {
          message: field,
          args: { value, fixed },
          range: ctx.cellRange(cell),
          // A username cannot be changed after import: never part of fix-all.
          fixes: () => [ctx.fix(noSpaces, 'remove', { to: fixed }, [ctx.replaceCell(cell, fixed)], field === 'email')],
        });
      }
    }
  },
});
