import { defineRule } from '../api';
import { notInCapitals } from '../codes/cellTests';
import { isWrittenInCapitals, titleCase } from '../codes/nameCase';

export const nameCapitals = defineRule('CG214', {
  meta: {
    name: 'name-capitals',
    description: 'A first or last name is written in capitals (ROSSI): the platform shows names as they are written.',
    defaultSeverity: 'info',
    // "MCDONALD" -> "Mcdonald" is wrong: offered one at a time, never in fix-all.
    fixable: 'unsafe',
  },
  messages: {
    capitals: 'Name "{value}" is written in capitals: the platform shows names as written (e-mails, certificates); write it as "{suggestion}".',
    change: 'Change "{from}" to "{to}"',
  },
  looksAt: (ctx) => [{ columns: [...ctx.columns.fieldColumns.firstName, ...ctx.columns.fieldColumns.lastName], accepts: notInCapitals }],
  create(ctx) {
    return {
      row(row) {
        const { firstName, lastName } = ctx.columns.fieldColumns;
        for (const col of [...firstName, ...lastName]) {
          const value = row.trimmed(col);
          if (!isWrittenInCapitals(value)) continue;
          const suggestion = titleCase(value);
          ctx.report({
            message: 'capitals',
            args: { value, suggestion },
            range: row.cellRange(col),
            fixes: () => [ctx.fix('change', { from: value, to: suggestion }, [ctx.edits.replaceCell(row, col, suggestion)], false)],
          });
        }
      },
    };
  },
});
