import { defineRule } from '../api';
import { notFormulaStart } from '../codes/cellTests';
import { isFormulaLike } from '../codes/formulaTrigger';

export const formulaLikeCell = defineRule('CG215', {
  meta: {
    name: 'formula-like-cell',
    description: 'A value starting with =, +, - or @ (after any spaces) that a spreadsheet would run as a formula; a plain number such as -5 is fine.',
    defaultSeverity: 'warning',
    fixable: 'no',
  },
  messages: {
    formula: 'The value in column "{header}" starts with "{trigger}": a spreadsheet opening this file would run it as a formula. Check where it came from and remove the leading character if it is not part of the value.',
  },
  looksAt: (ctx) => [{ columns: ctx.columns.columns.map((c) => c.index), accepts: notFormulaStart }],
  create(ctx) {
    return {
      row(row) {
        for (let col = 0; col < row.cellCount; col++) {
          const value = row.value(col);
          if (!isFormulaLike(value)) continue;
          const header = ctx.columns.columns[col]?.header.trim() ?? '';
          ctx.report({ message: 'formula', args: { header, trigger: value.trimStart().charAt(0) }, range: row.cellRange(col) });
        }
      },
    };
  },
});
