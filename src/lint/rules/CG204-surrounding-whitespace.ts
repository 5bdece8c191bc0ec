import { isSensitiveColumn } from '../columns/mapColumns';
import { defineRule, type Row, type RuleContext } from '../api';

export const surroundingWhitespace = defineRule('CG204', {
  meta: {
    name: 'surrounding-whitespace',
    description: 'A cell (or header) starts or ends with whitespace, which can make values fail to match (codes, roles, duplicates).',
    defaultSeverity: 'warning',
    fixable: 'safe',
  },
  messages: {
    whitespace: '"{value}" has leading or trailing whitespace: remove it.',
    trim: 'Trim whitespace: "{to}"',
  },
  // A plain row has no cell with surrounding whitespace.
  looksAt: 'plain-rows',
  create(ctx) {
    return {
      header() {
        if (ctx.header) check(ctx, ctx.header);
      },
      row: (row) => check(ctx, row),
    };
  },
});

function check(ctx: RuleContext, row: Row): void {
  const isHeader = row === ctx.header;
  for (let col = 0; col < row.cellCount; col++) {
    const value = row.value(col);
    const trimmed = row.trimmed(col);
    if (trimmed === value || trimmed === '') continue; // blank cells are CG201's
    // A sensitive column (a password...) is CG107's: its values are never repeated in a message.
    if (!isHeader && isSensitiveColumn(ctx.columns, col)) continue;
    // A username cannot be changed after import: never part of fix-all.
    const safe = isHeader || !ctx.columns.fieldColumns.username.includes(col);
    ctx.report({
      message: 'whitespace',
      args: { value },
      range: row.cellRange(col),
      fixes: () => [ctx.fix('trim', { to: trimmed }, [ctx.edits.replaceCell(row, col, trimmed)], safe)],
    });
  }
}
