import { isFormulaLikeAt, mayBeFormulaAt } from '../codes/formulaTrigger';
import { headerOf } from './helpers';
import { defineRule, type RuleContext, type Rule } from './rule';

function allColumns(ctx: RuleContext): readonly number[] {
  return ctx.columns.columns.map((c) => c.index);
}

export const formulaLikeCell: Rule = defineRule('CG214', {
  meta: {
    name: 'formula-like-cell',
    description: 'A value starting with =, +, - or @ (after any spaces) that a spreadsheet would run as a formula; a plain number such as -5 is fine.',
    defaultSeverity: 'warning',
    fixable: 'no',
  },
  messages: {
    formula: 'The value in column "{header}" starts with "{trigger}": a spreadsheet opening this file would run it as a formula. Check where it came from and remove the leading character if it is not part of the value.',
  },
  quickAccept: [{ columns: allColumns, accepts: (text, start, end) => !mayBeFormulaAt(text, start, end) }],
  checkRecord(record, ctx) {
    const table = ctx.table;
    for (let col = 0; col < record.cellCount; col++) {
      const cell = record.firstCell + col;
      const start = table.contentStart(cell) - table.base;
      const end = table.contentEnd(cell) - table.base;
      if (!mayBeFormulaAt(table.text, start, end) || !isFormulaLikeAt(table.text, start, end)) continue;
      const value = table.value(cell);
      const trigger = value.trimStart().charAt(0);
      ctx.report(formulaLikeCell, { message: 'formula', args: { header: headerOf(ctx, col), trigger }, range: ctx.cellRange(cell) });
    }
  },
});
